package dev.atelier.gateway.door;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.test.Refusals;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class CorsTest extends ConfiguredDoorTest {

    @Test
    void a_preflight_from_an_allowed_origin_is_answered_at_the_door_without_a_token() {
        int before = SERVICES.get("order-service").received().size();

        http.options().uri("/api/orders")
            .header(HttpHeaders.ORIGIN, "https://atelier.example")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type, x-correlation-id")
            .exchange()
            .expectStatus().isOk()
            .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://atelier.example")
            .expectHeader().valueMatches(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ".*POST.*")
            .expectHeader().valueMatches(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "(?i).*authorization.*content-type.*x-correlation-id.*")
            .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600")
            .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS)
            .expectHeader().exists(CorrelationId.HEADER);

        assertThat(SERVICES.get("order-service").received()).hasSize(before);
    }

    @Test
    void an_origin_pattern_matches_any_local_port() {
        http.options().uri("/api/customers")
            .header(HttpHeaders.ORIGIN, "http://localhost:5173")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
            .exchange()
            .expectStatus().isOk()
            .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173");
    }

    @Test
    void an_actual_request_from_an_allowed_origin_gets_the_headers_and_sees_the_correlation_id() {
        http.get().uri("/api/orders")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .header(HttpHeaders.ORIGIN, "https://atelier.example")
            .exchange()
            .expectStatus().isOk()
            .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://atelier.example")
            .expectHeader().valueMatches(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "(?i).*x-correlation-id.*");
    }

    @Test
    void the_401_of_an_allowed_origin_without_a_token_is_readable_by_the_page() {
        http.get().uri("/api/orders")
            .header(HttpHeaders.ORIGIN, "https://atelier.example")
            .exchange()
            .expectStatus().isUnauthorized()
            .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://atelier.example");
    }

    @Test
    void a_preflight_from_another_origin_is_refused_with_a_403_problem() {
        Refusals.forbidden(http.options().uri("/api/orders")
            .header(HttpHeaders.ORIGIN, "https://evil.example")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .exchange()
            .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
    }

    @Test
    void an_actual_request_from_another_origin_is_refused_and_never_reaches_the_service() {
        int before = SERVICES.get("inventory-service").received().size();

        http.get().uri("/api/inventory")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .header(HttpHeaders.ORIGIN, "https://evil.example")
            .exchange()
            .expectStatus().isForbidden()
            .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

        assertThat(SERVICES.get("inventory-service").received()).hasSize(before);
    }

    @Test
    void a_preflight_asking_for_an_unlisted_header_is_refused() {
        http.options().uri("/api/orders")
            .header(HttpHeaders.ORIGIN, "https://atelier.example")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "x-internal-admin")
            .exchange()
            .expectStatus().isForbidden();
    }

}
