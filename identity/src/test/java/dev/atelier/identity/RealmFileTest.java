package dev.atelier.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the realm file promises, checked without a server (fast feedback when someone edits it). */
class RealmFileTest {

    private final DocumentContext realm = JsonPath.parse(read(Path.of("realm/atelier-realm.json")));

    @Test
    void the_web_client_is_public_with_pkce_s256_and_local_redirects_only() {
        Map<String, Object> web = client("atelier-web");

        assertThat(web).containsEntry("publicClient", true).containsEntry("standardFlowEnabled", true)
                .containsEntry("implicitFlowEnabled", false);
        assertThat(realm.<List<String>>read("$.clients[?(@.clientId=='atelier-web')].attributes['pkce.code.challenge.method']"))
                .containsExactly("S256");
        assertThat(realm.<List<String>>read("$.clients[?(@.clientId=='atelier-web')].redirectUris[*]"))
                .allSatisfy(uri -> assertThat(uri).matches("http://(localhost|127\\.0\\.0\\.1):\\*"));
    }

    @Test
    void the_console_client_is_confidential_code_flow_only_with_pkce_s256() {
        Map<String, Object> console = client("atelier-console");

        assertThat(console).containsEntry("publicClient", false).containsEntry("standardFlowEnabled", true)
                .containsEntry("implicitFlowEnabled", false).containsEntry("directAccessGrantsEnabled", false)
                .containsEntry("serviceAccountsEnabled", false).containsKey("secret");
        assertThat(realm.<List<String>>read("$.clients[?(@.clientId=='atelier-console')].attributes['pkce.code.challenge.method']"))
                .containsExactly("S256");
        assertThat(realm.<List<String>>read("$.clients[?(@.clientId=='atelier-console')].redirectUris[*]"))
                .allSatisfy(uri -> assertThat(uri).matches("http://(localhost|127\\.0\\.0\\.1):\\*"));
    }

    @Test
    void every_client_puts_the_api_audience_in_access_tokens() {
        List<String> audiences = realm.read("$.clients[*].protocolMappers[?(@.protocolMapper=='oidc-audience-mapper')]"
                + ".config['included.custom.audience']");
        assertThat(audiences).containsExactly("atelier-api", "atelier-api", "atelier-api", "atelier-api");
    }

    @Test
    void token_lifetimes_are_short_and_refresh_tokens_rotate() {
        assertThat(realm.<Integer>read("$.accessTokenLifespan")).isEqualTo(300);
        assertThat(realm.<Integer>read("$.ssoSessionIdleTimeout")).isEqualTo(1800);
        assertThat(realm.<Boolean>read("$.revokeRefreshToken")).isTrue();
        assertThat(realm.<Integer>read("$.refreshTokenMaxReuse")).isZero();
    }

    @Test
    void brute_force_detection_is_on_with_temporary_lockouts() {
        assertThat(realm.<Boolean>read("$.bruteForceProtected")).isTrue();
        assertThat(realm.<Boolean>read("$.permanentLockout")).as("a guesser must not lock a designer out for good").isFalse();
        assertThat(realm.<Integer>read("$.failureFactor")).isBetween(3, 30);
        assertThat(realm.<Integer>read("$.maxFailureWaitSeconds")).isBetween(60, 3600);
        assertThat(realm.<Integer>read("$.quickLoginCheckMilliSeconds")).isPositive();
    }

    @Test
    void demo_users_are_complete_so_the_password_grant_works() {
        List<Map<String, Object>> people = realm.read("$.users[?(!@.serviceAccountClientId)]");

        assertThat(people).extracting(user -> user.get("username")).containsExactlyInAnyOrder("lead", "junior");
        assertThat(people).allSatisfy(user -> {
            assertThat(user).containsKeys("email", "firstName", "lastName").containsEntry("emailVerified", true)
                    .containsEntry("enabled", true);
            assertThat((List<?>) user.get("requiredActions")).isEmpty();
        });
    }

    private Map<String, Object> client(String clientId) {
        List<Map<String, Object>> clients = realm.read("$.clients[?(@.clientId=='" + clientId + "')]");
        assertThat(clients).hasSize(1);
        return clients.getFirst();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + path.toAbsolutePath(), e);
        }
    }
}
