package dev.atelier.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.gateway.DownstreamStub;
import dev.atelier.gateway.GatewayTest;
import dev.atelier.platform.test.Refusals;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class RoutingTest extends GatewayTest {

    private static String token;

    @BeforeAll
    static void logIn() {
        token = leadToken();
    }

    @ParameterizedTest(name = "{0} reaches {1}")
    @CsvSource({
        "/api/customers, customer-service",
        "/api/customers/6f1c2b1e-0000-4000-8000-000000000001, customer-service",
        "/api/measurements/6f1c2b1e-0000-4000-8000-000000000002/history, customer-service",
        "/api/orders/6f1c2b1e-0000-4000-8000-000000000003/timeline, order-service",
        "/api/order-items, order-service",
        "/api/inventory/6f1c2b1e-0000-4000-8000-000000000004/changes, inventory-service",
        "/api/inventory-changes, inventory-service",
        "/api/style-images/6f1c2b1e-0000-4000-8000-000000000005/content, media-service",
        "/api/orders/6f1c2b1e-0000-4000-8000-000000000003/notifications, notification-service",
        "/api/notifications/6f1c2b1e-0000-4000-8000-000000000007, notification-service",
        "/api/webhooks/6f1c2b1e-0000-4000-8000-000000000008/deliveries, notification-service",
        "/api/orders/6f1c2b1e-0000-4000-8000-000000000003, order-service",
    })
    void each_api_path_reaches_its_service_unchanged_with_the_callers_token(String path, String service) {
        String pathAndQuery = path + "?page=0&size=5&sort=createdAt,desc&q=ada";
        http.get().uri(pathAndQuery)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .exchange()
            .expectStatus().isOk()
            .expectBody().jsonPath("$.service").isEqualTo(service);

        assertThat(last(service)).isEqualTo(new DownstreamStub.Received("GET", pathAndQuery, "Bearer " + token));
    }

    @Test
    void request_bodies_and_methods_pass_through() {
        http.post().uri("/api/orders")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"customerId\":\"6f1c2b1e-0000-4000-8000-000000000006\"}")
            .exchange()
            .expectStatus().isOk();

        assertThat(last("order-service")).isEqualTo(new DownstreamStub.Received("POST", "/api/orders", "Bearer " + token));
    }

    @Test
    void a_routed_path_without_a_token_is_401_and_never_reaches_the_service() {
        int before = SERVICES.get("customer-service").received().size();

        Refusals.unauthenticated(http.get().uri("/api/customers/secret-probe")
            .exchange()
            .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*"))
            .jsonPath("$.status").isEqualTo(401);

        assertThat(SERVICES.get("customer-service").received()).hasSize(before)
            .noneMatch(received -> received.pathAndQuery().contains("secret-probe"));
    }

    @Test
    void a_forged_token_is_401_and_never_reaches_the_service() {
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        http.get().uri("/api/orders/forged-probe")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)
            .exchange()
            .expectStatus().isUnauthorized()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(SERVICES.get("order-service").received())
            .noneMatch(received -> received.pathAndQuery().contains("forged-probe"));
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        http.get().uri("/api/tailors/42")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .exchange()
            .expectStatus().isNotFound()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/not-found")
            .jsonPath("$.status").isEqualTo(404)
            .jsonPath("$.instance").isEqualTo("/api/tailors/42");
    }

    @Test
    void a_path_that_only_shares_a_prefix_with_a_route_is_not_routed() {
        http.get().uri("/api/customersXYZ")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .exchange()
            .expectStatus().isNotFound()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void health_is_open_without_a_token() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    private static DownstreamStub.Received last(String service) {
        List<DownstreamStub.Received> received = SERVICES.get(service).received();
        assertThat(received).isNotEmpty();
        return received.getLast();
    }

}
