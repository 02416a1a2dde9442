package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.servers.LocalServer.StartOutcome;
import dev.atelier.servers.LocalServer.StopOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server from Maven Central's binaries, for real: as root here, so it runs as another user. */
class EmbeddedPostgresTest {

    @TempDir
    Path tmp;

    @Test
    void starts_takes_a_role_and_a_database_serves_jdbc_and_stops_freeing_the_port() throws Exception {
        // JUnit's folder is private to us; the server's user (postgres or nobody, when we are root) must enter it
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwx--x--x"));
        EmbeddedPostgres postgres = new EmbeddedPostgres(tmp.resolve("postgres"), Ports.freePort(), ServerProcess.Mode.CHILD);
        try {
            assertThat(postgres.isReady()).isFalse();
            assertThat(postgres.start()).isEqualTo(StartOutcome.STARTED);
            postgres.awaitReady(postgres.startTimeout());
            assertThat(postgres.start()).isEqualTo(StartOutcome.ALREADY_RUNNING);
            assertThat(postgres.status().up()).isTrue();
            assertThat(postgres.status().note()).startsWith("embedded");
            if ("root".equals(System.getProperty("user.name"))) {
                assertThat(Files.getOwner(postgres.dataDir()).getName()).isNotEqualTo("root");
            }

            postgres.ensureRole("atelier_probe", "probe-secret", false);
            postgres.ensureRole("atelier_probe", "probe-secret", false);
            postgres.ensureDatabase("atelier_probe", "atelier_probe");
            postgres.ensureDatabase("atelier_probe", "atelier_probe");
            assertThat(postgres.databaseExists("atelier_probe")).isTrue();

            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("atelier_probe"), "atelier_probe", "probe-secret");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE fitting (id int PRIMARY KEY, garment text NOT NULL)");
                statement.execute("INSERT INTO fitting VALUES (1, 'linen jacket')");
                try (ResultSet rows = statement.executeQuery("SELECT garment, current_user FROM fitting WHERE id = 1")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("linen jacket");
                    assertThat(rows.getString(2)).isEqualTo("atelier_probe");
                }
            }

            assertThat(postgres.stop()).isEqualTo(StopOutcome.STOPPED);
            assertThat(Ports.isListening(postgres.port())).isFalse();
            assertThat(postgres.isRunning()).isFalse();
            assertThat(postgres.status().up()).isFalse();
        } finally {
            postgres.stop();
        }
    }

    @Test
    void a_wrong_password_is_refused_over_tcp() throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwx--x--x"));
        EmbeddedPostgres postgres = new EmbeddedPostgres(tmp.resolve("postgres"), Ports.freePort(), ServerProcess.Mode.CHILD);
        try {
            postgres.ensureRunning();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DriverManager.getConnection(
                            postgres.jdbcUrl("postgres"), EmbeddedPostgres.SUPERUSER, "not-the-password").close())
                    .hasMessageContaining("password authentication failed");
        } finally {
            postgres.stop();
        }
    }
}
