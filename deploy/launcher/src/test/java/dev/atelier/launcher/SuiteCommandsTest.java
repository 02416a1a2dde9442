package dev.atelier.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.servers.Repository;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite commands' own logic, on an empty work tree where nothing runs. */
class SuiteCommandsTest {

    @TempDir
    Path root;

    private LocalSuite suite;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void anEmptyWorkTree() throws IOException {
        Files.createDirectories(root.resolve("identity/realm"));
        Files.writeString(root.resolve(Repository.REALM_FILE), "{}");
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        suite = new LocalSuite(new LocalInfrastructure(new Repository(root), LocalSettings.from(Map.of())), Map.of());
    }

    @Test
    void the_cli_lists_the_suite_commands() {
        AtelierCli cli = new AtelierCli(AtelierCli.standardCommands());
        assertThat(cli.run(List.of("--help"), print(out), print(err))).isZero();
        assertThat(text(out)).contains("up ", "status", "logs", "down", "reset", "demo-data", "infra", "mail ");
    }

    @Test
    void up_help_names_detach_and_the_ports() {
        assertThat(run(new UpCommand(() -> suite), "up", "--help")).isZero();
        assertThat(text(out)).contains("--detach", "--demo", "8761", "8080", "8085", "3025", "./atelier mail", "Ctrl-C",
                "ATELIER_SERVICE_JAVA_OPTS", "-XX:+UseG1GC", "-XX:+UseCompactObjectHeaders");
    }

    @Test
    void up_refuses_an_unknown_option_before_starting_anything() {
        assertThat(run(new UpCommand(() -> suite), "up", "--fast")).isEqualTo(2);
        assertThat(text(err)).contains("Unknown option: '--fast'");
        assertThat(root.resolve(".atelier")).doesNotExist();
    }

    @Test
    void up_takes_detach_and_demo_together_or_alone() {
        UpCommand up = new UpCommand(() -> suite);
        new picocli.CommandLine(up).parseArgs("--demo", "-d");
        assertThat(up.detach).isTrue();
        assertThat(up.demoData).isTrue();
        UpCommand plain = new UpCommand(() -> suite);
        new picocli.CommandLine(plain).parseArgs();
        assertThat(plain.detach).isFalse();
        assertThat(plain.demoData).isFalse();
    }

    @Test
    void nothing_running_is_no_reason_to_refuse_up() {
        assertThat(UpCommand.alreadyRunning(suite)).isNull();
    }

    @Test
    void a_dead_foreground_launcher_does_not_count() throws IOException {
        Files.createDirectories(suite.launcherPidFile().getParent());
        Files.writeString(suite.launcherPidFile(), "999999999\n");
        assertThat(suite.foregroundLauncher()).isEmpty();
    }

    @Test
    void logs_finds_services_by_short_or_module_name_and_the_infrastructure_by_name() {
        Path data = suite.dataDir();
        assertThat(LogsCommand.logFile(data, "order")).contains(data.resolve("logs/order.log"));
        assertThat(LogsCommand.logFile(data, "gateway-service")).contains(data.resolve("logs/gateway.log"));
        assertThat(LogsCommand.logFile(data, "keycloak")).contains(data.resolve("keycloak/server.log"));
        assertThat(LogsCommand.logFile(data, "nginx")).isEmpty();
    }

    @Test
    void logs_of_an_unknown_component_is_a_usage_error() {
        assertThat(run(new LogsCommand(() -> suite), "logs", "nginx")).isEqualTo(2);
        assertThat(text(err)).contains("no component 'nginx'", "discovery", "kafka");
    }

    @Test
    void logs_prints_the_tail_of_a_log() throws IOException {
        Path log = suite.dataDir().resolve("logs/media.log");
        Files.createDirectories(log.getParent());
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 80; i++) {
            lines.append("line ").append(i).append('\n');
        }
        Files.writeString(log, lines);
        assertThat(run(new LogsCommand(() -> suite), "logs", "media", "--no-follow")).isZero();
        assertThat(text(out)).startsWith("line 31\n").endsWith("line 80\n");
    }

    @Test
    void reset_without_yes_deletes_nothing() throws IOException {
        Path kept = suite.dataDir().resolve("kafka/data.log");
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, "events");
        assertThat(run(new ResetCommand(() -> suite, () -> "no"), "reset")).isEqualTo(1);
        assertThat(text(out)).contains("Type 'yes'", "Nothing deleted");
        assertThat(kept).exists();
    }

    @Test
    void reset_refuses_unknown_options() {
        assertThat(run(new ResetCommand(() -> suite, () -> "yes"), "reset", "--force")).isEqualTo(2);
    }

    @Test
    void the_watcher_tells_stopped_from_down() {
        assertThat(UpCommand.state(new LocalSuite.Row("order", true, "", 1L, "UP", ""))).isEqualTo("up");
        assertThat(UpCommand.state(new LocalSuite.Row("order", false, "", 1L, "OUT_OF_SERVICE", ""))).isEqualTo("down");
        assertThat(UpCommand.state(new LocalSuite.Row("order", false, "", null, "not running", ""))).isEqualTo("stopped");
    }

    private int run(Object command, String... args) {
        return new AtelierCli(List.of(command)).run(List.of(args), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
