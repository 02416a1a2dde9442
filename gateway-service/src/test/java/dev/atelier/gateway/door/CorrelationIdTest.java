package dev.atelier.gateway.door;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.gateway.GatewayTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class CorrelationIdTest extends GatewayTest {

    private static final String UUID_FORMAT = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static String token;

    @BeforeAll
    static void logIn() {
        token = leadToken();
    }

    @Test
    void a_request_without_an_id_gets_a_new_one_that_the_service_and_the_client_both_see() {
        String returned = http.get().uri("/api/customers")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .exchange()
            .expectStatus().isOk()
            .expectHeader().valueMatches(CorrelationId.HEADER, UUID_FORMAT)
            .returnResult(String.class).getResponseHeaders().getFirst(CorrelationId.HEADER);

        assertThat(lastHeaders("customer-service").get("x-correlation-id")).containsExactly(returned);
    }

    @Test
    void two_requests_get_different_ids() {
        String first = http.get().uri("/api/orders").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .exchange().returnResult(String.class).getResponseHeaders().getFirst(CorrelationId.HEADER);
        String second = http.get().uri("/api/orders").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .exchange().returnResult(String.class).getResponseHeaders().getFirst(CorrelationId.HEADER);

        assertThat(first).isNotBlank().isNotEqualTo(second);
    }

    @Test
    void a_valid_incoming_id_is_kept_passed_on_and_returned() {
        http.get().uri("/api/inventory")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .header(CorrelationId.HEADER, "shop-frontend.42:abc-DEF_7")
            .exchange()
            .expectStatus().isOk()
            .expectHeader().valueEquals(CorrelationId.HEADER, "shop-frontend.42:abc-DEF_7");

        assertThat(lastHeaders("inventory-service").get("x-correlation-id")).containsExactly("shop-frontend.42:abc-DEF_7");
    }

    @Test
    void an_invalid_incoming_id_is_replaced_not_passed_on() {
        String bad = "x".repeat(129);

        http.get().uri("/api/inventory")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .header(CorrelationId.HEADER, bad)
            .exchange()
            .expectStatus().isOk()
            .expectHeader().valueMatches(CorrelationId.HEADER, UUID_FORMAT);

        assertThat(lastHeaders("inventory-service").get("x-correlation-id")).singleElement().asString().matches(UUID_FORMAT);
    }

    @Test
    void a_w3c_traceparent_gives_its_trace_id_and_the_trace_continues_through_the_gateway() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        http.get().uri("/api/style-images")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .header(CorrelationId.TRACEPARENT, traceparent)
            .exchange()
            .expectStatus().isOk()
            .expectHeader().valueEquals(CorrelationId.HEADER, "4bf92f3577b34da6a3ce929d0e0e4736");

        Map<String, List<String>> received = lastHeaders("media-service");
        assertThat(received.get("x-correlation-id")).containsExactly("4bf92f3577b34da6a3ce929d0e0e4736");
        // The gateway takes part in the trace: same trace id, its own span as the parent downstream.
        assertThat(received.get("traceparent")).singleElement().asString()
                .startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
                .isNotEqualTo(traceparent);
    }

    @Test
    void a_traceparent_with_an_all_zero_trace_id_is_ignored() {
        http.get().uri("/api/style-images")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .header(CorrelationId.TRACEPARENT, "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
            .exchange()
            .expectHeader().valueMatches(CorrelationId.HEADER, UUID_FORMAT);
    }

    @Test
    void a_401_problem_carries_the_id() {
        http.get().uri("/api/customers")
            .header(CorrelationId.HEADER, "probe-401")
            .exchange()
            .expectStatus().isUnauthorized()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader().valueEquals(CorrelationId.HEADER, "probe-401");
    }

    @Test
    void a_404_problem_carries_the_id() {
        http.get().uri("/api/nowhere")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .header(CorrelationId.HEADER, "probe-404")
            .exchange()
            .expectStatus().isNotFound()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader().valueEquals(CorrelationId.HEADER, "probe-404");
    }

    @Test
    void a_400_problem_of_the_gateways_own_endpoints_carries_the_id() {
        http.post().uri("/api/auth/login")
            .header(CorrelationId.HEADER, "probe-400")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("username", "lead"))
            .exchange()
            .expectStatus().isBadRequest()
            .expectHeader().valueEquals(CorrelationId.HEADER, "probe-400");
    }

    private static Map<String, List<String>> lastHeaders(String service) {
        List<Map<String, List<String>>> all = SERVICES.get(service).receivedHeaders();
        assertThat(all).isNotEmpty();
        return all.getLast();
    }

}
