package dev.atelier.gateway.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.gateway.DownstreamStub;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.TestInfrastructure;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A service restarted on another port is found again through Eureka without restarting the
 * gateway: the registry is real, the service registers and cancels as a real one does, and the
 * gateway's discovery fetch and load-balancer cache are set short (as in production, only more so).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "eureka.client.enabled=true",
        "eureka.client.register-with-eureka=false",
        // the registry on the test class path brings Jersey; the gateway fetches over WebClient as in production
        "eureka.client.jersey.enabled=false",
        "eureka.client.registry-fetch-interval-seconds=1",
        "spring.cloud.loadbalancer.cache.ttl=1s",
        // the circuit may open while the service is away; let it try again soon
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1s" })
@AutoConfigureWebTestClient(timeout = "30s")
class EurekaRefreshTest {

    private static final EurekaRegistry REGISTRY = EurekaRegistry.start();

    private static final DownstreamStub FIRST = DownstreamStub.start("customer-service");

    static {
        REGISTRY.register("customer-service", "customer-service-first", FIRST.port());
    }

    @Autowired
    private WebTestClient http;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.keycloak().registerWith(registry);
        registry.add("eureka.client.service-url.defaultZone", REGISTRY::url);
    }

    @AfterAll
    static void stop() {
        FIRST.close();
        REGISTRY.close();
    }

    @Test
    void a_service_that_moved_to_another_port_is_reached_again() {
        String token = TestInfrastructure.keycloak().accessToken(KeycloakEndpoint.LEAD, "lead");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
            .until(() -> status(token) == 200 && !FIRST.received().isEmpty());

        // The service stops (cancelling its lease) and comes back on a new port.
        FIRST.close();
        REGISTRY.cancel("customer-service", "customer-service-first");
        DownstreamStub second = DownstreamStub.start("customer-service");
        try {
            REGISTRY.register("customer-service", "customer-service-second", second.port());
            assertThat(second.port()).isNotEqualTo(FIRST.port());

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> status(token) == 200 && !second.received().isEmpty());

            assertThat(second.received().getLast().pathAndQuery()).isEqualTo("/api/customers");
        }
        finally {
            second.close();
        }
    }

    private int status(String token) {
        return http.get().uri("/api/customers")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .exchange()
            .returnResult(String.class)
            .getStatus().value();
    }

}
