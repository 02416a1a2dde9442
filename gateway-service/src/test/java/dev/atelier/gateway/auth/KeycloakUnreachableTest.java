package dev.atelier.gateway.auth;

import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.servers.Ports;
import java.util.Map;
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
 * The token endpoints when the gateway cannot reach Keycloak (nothing listens where it calls):
 * the one case that is a 503. Tokens are still checked against the real Keycloak's keys. Not a
 * {@code GatewayTest}: that one points the token calls at the real Keycloak.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "atelier.keycloak.timeout=3s"})
@AutoConfigureWebTestClient(timeout = "30s")
class KeycloakUnreachableTest {

    private static final String NOBODY = "http://127.0.0.1:" + Ports.freePort();

    @Autowired
    WebTestClient http;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        keycloak().registerWith(registry);
        TestInfrastructure.redis().registerWith(registry);
        registry.add("atelier.keycloak.url", () -> NOBODY);
    }

    private static KeycloakEndpoint keycloak() {
        return TestInfrastructure.keycloak();
    }

    @Test
    void login_refresh_and_logout_are_503_naming_keycloak() {
        expectUnavailable(http.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("username", "lead", "password", "lead")).exchange(), "/api/auth/login");
        expectUnavailable(http.post().uri("/api/auth/refresh").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("refresh_token", "not-a-refresh-token")).exchange(), "/api/auth/refresh");
        expectUnavailable(http.post().uri("/api/auth/logout")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + keycloak().accessToken(KeycloakEndpoint.LEAD, "lead"))
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("refresh_token", "not-a-refresh-token")).exchange(), "/api/auth/logout");
    }

    private static void expectUnavailable(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec answer,
            String path) {
        answer.expectStatus().isEqualTo(503)
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/service-unavailable")
            .jsonPath("$.service").isEqualTo("keycloak")
            .jsonPath("$.instance").isEqualTo(path);
    }

}
