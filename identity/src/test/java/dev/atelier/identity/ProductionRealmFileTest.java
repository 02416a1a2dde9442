package dev.atelier.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The production realm (realm-production/, imported by deploy/compose/production.yml): the demo realm's
 * roles, clients and token rules, without what makes the demo realm unsafe to deploy (issue 16, item 9).
 */
class ProductionRealmFileTest {

    private final DocumentContext production = JsonPath.parse(read(Path.of("realm-production/atelier-realm.json")));
    private final DocumentContext demo = JsonPath.parse(read(Path.of("realm/atelier-realm.json")));

    @Test
    void has_no_people_only_the_service_clients_accounts() {
        assertThat(production.<List<Object>>read("$.users[?(!@.serviceAccountClientId)]")).isEmpty();
        assertThat(production.<List<String>>read("$.users[*].username"))
                .containsExactly("service-account-atelier-service", "service-account-atelier-notifier");
    }

    @Test
    void has_no_password_grant_no_fixed_secret_and_no_local_redirects() {
        assertThat(production.<List<Boolean>>read("$.clients[*].directAccessGrantsEnabled")).containsOnly(false);
        assertThat(production.<List<Object>>read("$.clients[*].secret")).isEmpty();
        assertThat(production.<List<String>>read("$.clients[*].redirectUris[*]"))
                .isNotEmpty().allSatisfy(uri -> assertThat(uri).startsWith("https://").doesNotContain("localhost", "127.0.0.1"));
        assertThat(production.<List<String>>read("$.clients[*].webOrigins[*]")).noneMatch(origin -> origin.startsWith("http://"));
    }

    @Test
    void guessing_passwords_is_slowed_by_brute_force_detection() {
        assertThat(production.<Boolean>read("$.bruteForceProtected")).isTrue();
        assertThat(production.<Integer>read("$.failureFactor")).isBetween(3, 10);
        assertThat(production.<Integer>read("$.maxFailureWaitSeconds")).isPositive();
        assertThat(production.<String>read("$.sslRequired")).isIn("external", "all");
    }

    @Test
    void roles_clients_and_token_rules_are_the_demo_realms() {
        for (String path : List.of("$.realm", "$.roles", "$.accessTokenLifespan", "$.revokeRefreshToken",
                "$.refreshTokenMaxReuse", "$.clients[*].clientId", "$.clients[*].protocolMappers")) {
            assertThat((Object) production.read(path)).as(path).isEqualTo(demo.read(path));
        }
        assertThat(production.<List<String>>read("$.users[?(@.serviceAccountClientId)].realmRoles[*]"))
                .isEqualTo(demo.<List<String>>read("$.users[?(@.serviceAccountClientId)].realmRoles[*]"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
