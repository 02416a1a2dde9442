package dev.atelier.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.gateway.GatewayTest;
import dev.atelier.platform.test.KeycloakEndpoint;
import java.util.List;
import java.util.Map;
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

    /**
     * Spring Cloud Gateway named its proxied calls {@code http.client.requests}, as Boot names WebClient's, with
     * other tag keys; Prometheus keeps only the first shape registered, so one of the two went missing. Both are
     * scraped here after one call of each kind, whichever comes first.
     */
    @Test
    void proxied_calls_and_the_gateways_own_client_calls_are_both_in_the_scrape() {
        String token = leadToken();
        http.get().uri("/api/orders/6f1c2b1e-0000-4000-8000-000000000003")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk();
        http.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", KeycloakEndpoint.LEAD, "password", "lead")).exchange()
                .expectStatus().isOk();

        // With histograms the scrape outgrows the client's default 256 KB once other tests have run.
        String scrape = http.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build().get().uri("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        List<String> counts = scrape.lines().filter(line -> line.contains("_count{")).toList();

        assertThat(counts).as("the proxied call, by route")
                .anyMatch(line -> line.startsWith("gateway_proxy_requests_seconds_count{")
                        && line.contains("spring_cloud_gateway_route_id=\"order-service\"")
                        && line.contains("http_status_code=\"200\""));
        assertThat(counts).as("the gateway's own WebClient call to Keycloak")
                .anyMatch(line -> line.startsWith("http_client_requests_seconds_count{")
                        && line.contains("client_name=") && line.contains("outcome=\"SUCCESS\""));
        assertThat(scrape).as("the proxied calls' histogram, for percentiles across gateways")
                .contains("gateway_proxy_requests_seconds_bucket{");
    }
}
