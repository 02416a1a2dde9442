package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MachinePostgresTest {

    @Test
    void only_plain_identifiers_reach_sql() {
        assertThat(PostgresSql.identifier("order_service")).isEqualTo("order_service");
        assertThatThrownBy(() -> PostgresSql.identifier("x; DROP DATABASE y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PostgresSql.identifier("Orders")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void literals_escape_quotes() {
        assertThat(PostgresSql.literal("it's")).isEqualTo("'it''s'");
    }

    @Test
    void the_machine_server_runs_and_takes_an_idempotent_role_and_database() {
        PostgresServer server = PostgresServer.local();
        server.ensureRunning();
        assertThat(server.isReady()).isTrue();

        server.ensureRole("atelier_launcher_probe", "probe", false);
        server.ensureRole("atelier_launcher_probe", "probe", false);
        server.ensureDatabase("atelier_launcher_probe", "atelier_launcher_probe");
        server.ensureDatabase("atelier_launcher_probe", "atelier_launcher_probe");

        assertThat(server.databaseExists("atelier_launcher_probe")).isTrue();
    }
}
