package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KeycloakServerTest {

    private final KeycloakServer.Settings settings = new KeycloakServer.Settings(Path.of("/data/keycloak"), 8180, 9180,
            Path.of("/repo/identity/realm/atelier-realm.json"), "atelier", "admin", "admin", ServerProcess.Mode.DETACHED);

    @Test
    void everything_instance_specific_lives_in_the_instance_folder() {
        var command = KeycloakServer.command(Path.of("/cache/keycloak/bin/kc.sh"), settings);

        assertThat(command).startsWith("/cache/keycloak/bin/kc.sh", "start-dev");
        assertThat(command).contains(
                "--http-host=127.0.0.1",
                "--http-port=8180",
                "--http-management-port=9180",
                "--health-enabled=true",
                "--import-realm",
                "-Dkc.db-url-path=/data/keycloak",
                "-Dkeycloak.migration.dir=/data/keycloak/import",
                "-Dquarkus.transaction-manager.object-store.directory=/data/keycloak/data/transaction-logs");
    }

    @Test
    void the_issuer_uses_127_0_0_1_like_every_client() {
        KeycloakServer server = new KeycloakServer(settings);
        assertThat(server.issuerUri()).isEqualTo("http://127.0.0.1:8180/realms/atelier");
        assertThat(server.tokenEndpoint()).isEqualTo("http://127.0.0.1:8180/realms/atelier/protocol/openid-connect/token");
    }
}
