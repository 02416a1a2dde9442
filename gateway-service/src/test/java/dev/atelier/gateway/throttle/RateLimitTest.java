package dev.atelier.gateway.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.gateway.GatewayTest;
import dev.atelier.platform.test.KeycloakEndpoint;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The door's rate limits on a real Redis, with small limits: 3 auth calls a minute, 2 API calls a minute. */
@TestPropertySource(properties = {
    "atelier.gateway.rate-limits.auth.requests=3", "atelier.gateway.rate-limits.auth.period=1m",
    "atelier.gateway.rate-limits.auth.burst=3",
    "atelier.gateway.rate-limits.api.requests=2", "atelier.gateway.rate-limits.api.period=1m",
    "atelier.gateway.rate-limits.api.burst=2" })
class RateLimitTest extends GatewayTest {

    @Autowired
    MeterRegistry meters;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Test
    void auth_calls_from_one_address_past_the_limit_are_a_429_problem_with_retry_after() {
        double refusedBefore = refused("auth");
        for (int i = 0; i < 3; i++) {
            wrongLogin().expectStatus().isUnauthorized();
        }

        wrongLogin().expectStatus().isEqualTo(429)
            .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "20")
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader().exists("X-Correlation-Id")
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/too-many-requests")
            .jsonPath("$.status").isEqualTo(429)
            .jsonPath("$.limit").isEqualTo("auth")
            .jsonPath("$.requests").isEqualTo(3)
            .jsonPath("$.period").isEqualTo("PT1M")
            .jsonPath("$.instance").isEqualTo("/api/auth/login");
        // refresh shares the address's budget: guessing cannot move to another auth endpoint
        http.post().uri("/api/auth/refresh").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("refresh_token", "not-a-refresh-token"))
            .exchange()
            .expectStatus().isEqualTo(429);

        assertThat(refused("auth") - refusedBefore).isEqualTo(2.0);
        assertThat(this.redis.keys("request_rate_limiter*").collectList().block())
            .as("the buckets live in Redis, shared by every gateway instance").isNotEmpty();
    }

    @Test
    void api_calls_past_a_users_limit_are_429_while_another_user_goes_on() {
        String junior = keycloak().accessToken(KeycloakEndpoint.JUNIOR, "junior");
        int receivedBefore = SERVICES.get("inventory-service").received().size();
        inventory(junior).expectStatus().isOk();
        inventory(junior).expectStatus().isOk();
        assertThat(SERVICES.get("inventory-service").received().size() - receivedBefore)
            .as("each allowed call reaches the service once").isEqualTo(2);

        inventory(junior).expectStatus().isEqualTo(429)
            .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "30")
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/too-many-requests")
            .jsonPath("$.limit").isEqualTo("api");
        // role rules run before the rate limit: a junior on the lead-only users endpoint is a 403, not a 429
        http.get().uri("/api/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + junior)
            .exchange().expectStatus().isEqualTo(403);

        inventory(leadToken()).expectStatus().isOk();
        assertThat(SERVICES.get("inventory-service").received().size() - receivedBefore)
            .as("refused calls never reach the service").isEqualTo(3);
    }

    @Test
    void probes_and_refused_tokens_are_not_counted_per_user() {
        for (int i = 0; i < 5; i++) {
            http.get().uri("/actuator/health").exchange().expectStatus().isOk();
            http.get().uri("/api/inventory").exchange().expectStatus().isUnauthorized();
        }
    }

    private WebTestClient.ResponseSpec wrongLogin() {
        return http.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
            // an unknown user: Keycloak's brute-force detection would lock a real one out of later tests
            .bodyValue(Map.of("username", "nobody-" + System.nanoTime(), "password", "guess"))
            .exchange();
    }

    private WebTestClient.ResponseSpec inventory(String token) {
        return http.get().uri("/api/inventory").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private double refused(String limit) {
        var counter = this.meters.find("atelier.gateway.rate.limit.refused").tag("limit", limit).counter();
        return counter == null ? 0 : counter.count();
    }

}
