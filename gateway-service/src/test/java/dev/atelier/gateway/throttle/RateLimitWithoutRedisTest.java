package dev.atelier.gateway.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.servers.Ports;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Redis unreachable (nothing listens on its port): the limits fail open (every call goes on),
 * counted; the gateway stays healthy. Not a {@code GatewayTest}: that one brings a real Redis.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false",
            "atelier.gateway.rate-limits.auth.requests=1", "atelier.gateway.rate-limits.auth.burst=1"})
@AutoConfigureWebTestClient(timeout = "30s")
class RateLimitWithoutRedisTest {

    private static final int NO_REDIS = Ports.freePort();

    @Autowired
    WebTestClient http;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        KeycloakEndpoint keycloak = TestInfrastructure.keycloak();
        keycloak.registerWith(registry);
        registry.add("atelier.keycloak.url", keycloak::baseUrl);
        registry.add("atelier.keycloak.realm", keycloak::realm);
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", () -> NO_REDIS);
    }

    @Autowired
    MeterRegistry meters;

    @Test
    void calls_go_on_unthrottled_and_are_counted_and_health_stays_up() {
        for (int i = 0; i < 3; i++) {
            http.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "nobody-" + System.nanoTime(), "password", "guess"))
                .exchange()
                .expectStatus().isUnauthorized();
        }

        var unchecked = this.meters.find("atelier.gateway.rate.limit.unchecked").tag("limit", "auth").counter();
        assertThat(unchecked).isNotNull();
        assertThat(unchecked.count()).isGreaterThanOrEqualTo(3.0);
        http.get().uri("/actuator/health").exchange().expectStatus().isOk()
            .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

}
