package dev.atelier.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeycloakEndpointTest {

    private final KeycloakEndpoint keycloak = TestInfrastructure.keycloak();

    @Test
    void a_cached_token_is_the_same_on_a_second_ask_and_the_users_own() {
        String lead = keycloak.cachedAccessToken(KeycloakEndpoint.LEAD, KeycloakEndpoint.LEAD);
        String junior = keycloak.cachedAccessToken(KeycloakEndpoint.JUNIOR, KeycloakEndpoint.JUNIOR);

        assertThat(keycloak.cachedAccessToken(KeycloakEndpoint.LEAD, KeycloakEndpoint.LEAD)).isEqualTo(lead);
        assertThat(KeycloakEndpoint.claims(lead)).containsEntry("preferred_username", KeycloakEndpoint.LEAD);
        assertThat(KeycloakEndpoint.claims(junior)).containsEntry("preferred_username", KeycloakEndpoint.JUNIOR);
    }

    @Test
    void a_cached_token_has_more_than_the_refresh_margin_left() {
        String lead = keycloak.cachedAccessToken(KeycloakEndpoint.LEAD, KeycloakEndpoint.LEAD);

        long expires = ((Number) KeycloakEndpoint.claims(lead).get("exp")).longValue();
        assertThat(expires - System.currentTimeMillis() / 1000)
                .isGreaterThan(KeycloakEndpoint.REFRESH_BEFORE_EXPIRY.toSeconds() - 5);
    }

    @Test
    void the_service_account_token_is_cached_apart_from_the_users() {
        String service = keycloak.cachedServiceAccessToken();

        assertThat(keycloak.cachedServiceAccessToken()).isEqualTo(service);
        assertThat(KeycloakEndpoint.claims(service)).containsEntry("azp", KeycloakEndpoint.SERVICE_CLIENT);
    }

    @Test
    void a_wrong_password_is_refused_even_with_the_users_token_cached() {
        keycloak.cachedAccessToken(KeycloakEndpoint.JUNIOR, KeycloakEndpoint.JUNIOR);

        assertThatThrownBy(() -> keycloak.cachedAccessToken(KeycloakEndpoint.JUNIOR, "not-the-password"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("user junior");
    }

    @Test
    void concurrent_asks_share_one_token() {
        List<CompletableFuture<String>> asks = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> keycloak.cachedAccessToken(KeycloakEndpoint.LEAD, KeycloakEndpoint.LEAD)))
                .toList();

        assertThat(asks.stream().map(CompletableFuture::join).distinct()).hasSize(1);
    }
}
