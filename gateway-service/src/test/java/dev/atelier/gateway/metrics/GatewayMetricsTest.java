package dev.atelier.gateway.metrics;

import dev.atelier.gateway.GatewayTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Issue 16 item 6: the gateway's public port answered {@code /actuator/prometheus} to anyone (~870 KB of
 * routes, Keycloak admin paths and error counts). Without a management port it now needs a token like any
 * API call; health stays anonymous.
 */
class GatewayMetricsTest extends GatewayTest {

    @Test
    void metrics_without_a_token_are_refused_with_a_problem() {
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void metrics_with_a_token_and_health_without_one_still_answer() {
        http.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken()).exchange()
                .expectStatus().isOk();
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }
}
