package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RealmAdditionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_partial_import_carries_roles_clients_and_users_and_skips_what_exists() {
        JsonNode realm = JSON.readTree("""
                {"realm": "atelier", "accessTokenLifespan": 300,
                 "roles": {"realm": [{"name": "notifier"}]},
                 "clients": [{"clientId": "atelier-notifier"}],
                 "users": [{"username": "service-account-atelier-notifier"}]}""");

        JsonNode body = JSON.readTree(RealmAdditions.partialImport(realm));

        assertThat(body.path("ifResourceExists").asString()).isEqualTo("SKIP");
        assertThat(body.path("roles").path("realm").path(0).path("name").asString()).isEqualTo("notifier");
        assertThat(body.path("clients").path(0).path("clientId").asString()).isEqualTo("atelier-notifier");
        assertThat(body.path("users").path(0).path("username").asString()).isEqualTo("service-account-atelier-notifier");
        // realm settings are not touched: a partial import cannot change them, and an existing realm keeps its own
        assertThat(body.has("accessTokenLifespan")).isFalse();
        assertThat(body.has("realm")).isFalse();
    }
}
