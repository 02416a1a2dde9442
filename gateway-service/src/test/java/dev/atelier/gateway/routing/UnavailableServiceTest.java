package dev.atelier.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.gateway.DownstreamStub;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Neighbours that are down, hang or stumble: the circuit breaker's 503 problem names the service,
 * the time limit cuts a hanging call short, and only reads are retried.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "eureka.client.enabled=false",
        "resilience4j.timelimiter.configs.default.timeout-duration=2s" })
@AutoConfigureWebTestClient(timeout = "30s")
class UnavailableServiceTest {

    private static final DownstreamStub HANGING_ORDERS = DownstreamStub.hanging("order-service");

    /** First a 500 (the service's own answer: passed on), then a 503 (retried), then 200. */
    private static final DownstreamStub STUMBLING_INVENTORY = DownstreamStub.answering("inventory-service", 500, 503, 200);

    private static final DownstreamStub REFUSING_MEDIA = DownstreamStub.answering("media-service", 503);

    private static String token;

    @Autowired
    private WebTestClient http;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.keycloak().registerWith(registry);
        String prefix = "spring.cloud.discovery.client.simple.instances.";
        registry.add(prefix + "customer-service[0].uri", () -> "http://127.0.0.1:" + closedPort());
        registry.add(prefix + "order-service[0].uri", HANGING_ORDERS::uri);
        registry.add(prefix + "inventory-service[0].uri", STUMBLING_INVENTORY::uri);
        registry.add(prefix + "media-service[0].uri", REFUSING_MEDIA::uri);
    }

    @BeforeAll
    static void logIn() {
        token = TestInfrastructure.keycloak().accessToken(KeycloakEndpoint.LEAD, "lead");
    }

    @AfterAll
    static void stopStubs() {
        HANGING_ORDERS.close();
        STUMBLING_INVENTORY.close();
        REFUSING_MEDIA.close();
    }

    @Test
    void a_service_that_is_down_is_a_503_problem_naming_it() {
        http.get().uri("/api/customers/6f1c2b1e-0000-4000-8000-000000000001")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .header("X-Correlation-Id", "probe-503")
            .exchange()
            .expectStatus().isEqualTo(503)
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader().valueEquals("X-Correlation-Id", "probe-503")
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/service-unavailable")
            .jsonPath("$.status").isEqualTo(503)
            .jsonPath("$.service").isEqualTo("customer-service")
            .jsonPath("$.instance").isEqualTo("/api/customers/6f1c2b1e-0000-4000-8000-000000000001");
    }

    @Test
    void a_hanging_service_is_cut_off_by_the_time_limit_with_a_503_problem() {
        Instant start = Instant.now();

        http.get().uri("/api/orders")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .exchange()
            .expectStatus().isEqualTo(503)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/service-unavailable")
            .jsonPath("$.service").isEqualTo("order-service");

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void a_read_is_retried_after_a_503_but_a_500_is_the_services_answer() {
        http.get().uri("/api/inventory")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .exchange()
            .expectStatus().isEqualTo(500);
        assertThat(STUMBLING_INVENTORY.received()).hasSize(1);

        http.get().uri("/api/inventory")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .exchange()
            .expectStatus().isOk()
            .expectBody().jsonPath("$.service").isEqualTo("inventory-service");
        assertThat(STUMBLING_INVENTORY.received()).hasSize(3);
    }

    @Test
    void a_write_is_never_retried() {
        http.post().uri("/api/style-images")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{}")
            .exchange()
            .expectStatus().isEqualTo(503);

        assertThat(REFUSING_MEDIA.received()).hasSize(1);
    }

    @Test
    void the_fallback_cannot_be_called_directly() {
        http.get().uri("/fallback/customer-service")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .exchange()
            .expectStatus().isNotFound()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** A loopback port nothing listens on: connections to it are refused at once. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
