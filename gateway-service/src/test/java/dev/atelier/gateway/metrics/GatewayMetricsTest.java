package dev.atelier.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.gateway.GatewayTest;
import dev.atelier.platform.test.KeycloakEndpoint;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Issue 16 item 6: the gateway's public port answered {@code /actuator/prometheus} to anyone (~870 KB of
 * routes, Keycloak admin paths and error counts). Without a management port it now needs a token like any
 * API call; health stays anonymous.
 */
@ExtendWith(OutputCaptureExtension.class)
class GatewayMetricsTest extends GatewayTest {

    private static final String ORDER = "/api/orders/6f1c2b1e-0000-4000-8000-000000000003";

    @Autowired
    private CircuitBreakerRegistry breakers;

    @Autowired
    private BulkheadRegistry bulkheads;

    @Autowired
    private LoggingSystem logging;

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
        http.get().uri(ORDER).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange().expectStatus().isOk();
        http.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", KeycloakEndpoint.LEAD, "password", "lead")).exchange()
                .expectStatus().isOk();

        String scrape = scrape();
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

    /**
     * Spring Cloud CircuitBreaker's reactive and blocking binders (or Resilience4j's own publisher, by the order
     * their conditions were read in) both bound the one breaker and bulkhead registries, so every meter was
     * registered twice (Micrometer warned "This Gauge has been already registered" at the first call through each
     * route); the platform's {@code BreakerMetricsAutoConfiguration} now binds them once. A breaker and a bulkhead
     * made here, with names no route uses, are bound once: Micrometer's logger is at debug level meanwhile, where
     * it reports every repeat and not only the first of a run.
     */
    @Test
    void each_breaker_and_bulkhead_is_registered_once_and_in_the_scrape(CapturedOutput output) {
        String meterRegistryLogger = "io.micrometer.core.instrument.MeterRegistry";
        String probe = "metrics-probe-" + UUID.randomUUID();
        logging.setLogLevel(meterRegistryLogger, LogLevel.DEBUG);
        try {
            // tagged with a group as Spring Cloud CircuitBreaker tags the routes' own: Prometheus keeps one set of
            // tag keys per meter name
            breakers.circuitBreaker(probe, Map.of("group", probe));
            bulkheads.bulkhead(probe, Map.of("group", probe));
        } finally {
            logging.setLogLevel(meterRegistryLogger, null);
        }

        assertThat(output.getAll()).doesNotContain("already registered");
        assertThat(scrape().lines()).as("the breaker's state and the bulkhead's room, as docs/observability.md lists them")
                .anyMatch(line -> line.startsWith("resilience4j_circuitbreaker_state{")
                        && line.contains("name=\"" + probe + "\"") && line.contains("state=\"closed\"")
                        && line.endsWith(" 1.0"))
                .anyMatch(line -> line.startsWith("resilience4j_bulkhead_available_concurrent_calls{")
                        && line.contains("name=\"" + probe + "\""));
    }

    /** With two bindings each call through a breaker was counted twice. */
    @Test
    void a_call_through_a_route_is_counted_once_by_its_breaker() {
        String token = leadToken();
        http.get().uri(ORDER).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange().expectStatus().isOk();
        double before = successfulOrderServiceCalls();
        for (int call = 0; call < 3; call++) {
            http.get().uri(ORDER).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                    .expectStatus().isOk();
        }
        assertThat(successfulOrderServiceCalls() - before).isEqualTo(3.0);
    }

    private double successfulOrderServiceCalls() {
        return scrape().lines()
                .filter(line -> line.startsWith("resilience4j_circuitbreaker_calls_seconds_count{")
                        && line.contains("kind=\"successful\"") && line.contains("name=\"order-service\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** With histograms the scrape outgrows the client's default 256 KB once other tests have run. */
    private String scrape() {
        return http.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build().get().uri("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken()).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
