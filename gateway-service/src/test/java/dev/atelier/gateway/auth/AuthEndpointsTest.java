package dev.atelier.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.gateway.GatewayTest;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.Refusals;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Login, refresh and logout against the real Keycloak, through the gateway. */
class AuthEndpointsTest extends GatewayTest {

    @Test
    void lead_logs_in_and_the_access_token_opens_a_routed_path() {
        Map<String, Object> tokens = login("lead", "lead").expectStatus().isOk()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
            .expectBody(TOKENS).returnResult().getResponseBody();

        assertThat(tokens).containsOnlyKeys("access_token", "refresh_token", "expires_in", "token_type");
        assertThat(tokens.get("token_type").toString()).isEqualToIgnoringCase("Bearer");
        assertThat((Integer) tokens.get("expires_in")).isPositive();
        Map<String, Object> claims = KeycloakEndpoint.claims((String) tokens.get("access_token"));
        assertThat(claims.get("preferred_username")).isEqualTo("lead");
        assertThat(claims.get("aud")).asString().contains(KeycloakEndpoint.AUDIENCE);

        http.get().uri("/api/inventory")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get("access_token"))
            .exchange()
            .expectStatus().isOk();
    }

    @Test
    void wrong_password_is_a_401_problem() {
        Refusals.unauthenticated(login("lead", "not-the-password"))
            .jsonPath("$.status").isEqualTo(401)
            .jsonPath("$.detail").isEqualTo("Wrong user name or password.")
            .jsonPath("$.instance").isEqualTo("/api/auth/login");
    }

    @Test
    void unknown_user_is_the_same_401_problem_as_a_wrong_password() {
        Refusals.unauthenticated(login("nobody-" + System.nanoTime(), "whatever"))
            .jsonPath("$.detail").isEqualTo("Wrong user name or password.");
    }

    @Test
    void login_without_a_password_is_a_400_naming_the_field() {
        http.post().uri("/api/auth/login")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("username", "lead"))
            .exchange()
            .expectStatus().isBadRequest()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/validation")
            .jsonPath("$.errors[0].field").isEqualTo("password");
    }

    @Test
    void refresh_gives_new_tokens_for_a_valid_refresh_token() {
        Map<String, Object> first = loggedIn(KeycloakEndpoint.JUNIOR);

        Map<String, Object> refreshed = refresh(first.get("refresh_token")).expectStatus().isOk()
            .expectBody(TOKENS).returnResult().getResponseBody();

        assertThat(refreshed).containsOnlyKeys("access_token", "refresh_token", "expires_in", "token_type");
        assertThat(KeycloakEndpoint.claims((String) refreshed.get("access_token")).get("preferred_username"))
            .isEqualTo("junior");
        http.get().uri("/api/orders")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + refreshed.get("access_token"))
            .exchange()
            .expectStatus().isOk();
    }

    @Test
    void refresh_with_a_garbage_token_is_a_401_problem() {
        Refusals.unauthenticated(refresh("not-a-refresh-token"));
    }

    @Test
    void refresh_with_a_token_too_long_for_keycloak_to_read_is_a_401_not_a_503() {
        // Keycloak drops a form value this long and answers invalid_request ("No refresh token")
        Refusals.unauthenticated(refresh("x".repeat(20_000)))
            .jsonPath("$.instance").isEqualTo("/api/auth/refresh");
    }

    @Test
    void refresh_with_an_access_token_instead_of_a_refresh_token_is_a_401() {
        Refusals.unauthenticated(refresh(loggedIn(KeycloakEndpoint.JUNIOR).get("access_token")));
    }

    @Test
    void logout_with_a_malformed_or_unknown_refresh_token_is_a_401() {
        String access = (String) loggedIn(KeycloakEndpoint.LEAD).get("access_token");
        for (String refreshToken : new String[] {"not-a-refresh-token", "eyJhbGciOiJub25lIn0.e30.", "x".repeat(20_000)}) {
            Refusals.unauthenticated(http.post().uri("/api/auth/logout")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + access)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", refreshToken))
                .exchange());
        }
    }

    @Test
    void logout_ends_the_session_so_the_refresh_token_stops_working() {
        Map<String, Object> tokens = loggedIn(KeycloakEndpoint.LEAD);

        http.post().uri("/api/auth/logout")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get("access_token"))
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("refresh_token", tokens.get("refresh_token")))
            .exchange()
            .expectStatus().isNoContent()
            .expectBody().isEmpty();

        Refusals.unauthenticated(refresh(tokens.get("refresh_token")));
    }

    @Test
    void logout_needs_an_access_token() {
        Map<String, Object> tokens = loggedIn(KeycloakEndpoint.LEAD);

        http.post().uri("/api/auth/logout")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("refresh_token", tokens.get("refresh_token")))
            .exchange()
            .expectStatus().isUnauthorized()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        refresh(tokens.get("refresh_token")).expectStatus().isOk();
    }

    private static final org.springframework.core.ParameterizedTypeReference<Map<String, Object>> TOKENS =
            new org.springframework.core.ParameterizedTypeReference<>() {
            };

    private WebTestClient.ResponseSpec login(String username, String password) {
        return http.post().uri("/api/auth/login")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("username", username, "password", password))
            .exchange();
    }

    private WebTestClient.ResponseSpec refresh(Object refreshToken) {
        return http.post().uri("/api/auth/refresh")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("refresh_token", refreshToken))
            .exchange();
    }

    private Map<String, Object> loggedIn(String user) {
        return login(user, user).expectStatus().isOk().expectBody(TOKENS).returnResult().getResponseBody();
    }


}
