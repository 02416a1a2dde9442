package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerProcessTest {

    @TempDir
    Path dir;

    @Test
    void a_pid_file_naming_another_program_is_not_taken_for_the_server() throws Exception {
        Files.writeString(dir.resolve("server.pid"), ProcessHandle.current().pid() + "\n");
        ServerProcess process = new ServerProcess("probe", dir, ServerProcess.Mode.DETACHED);

        assertThat(process.runningPid()).isEmpty();
        assertThat(process.stop()).isFalse();
        assertThat(dir.resolve("server.pid")).doesNotExist();
    }

    @Test
    void a_child_runs_logs_and_stops() {
        ServerProcess process = new ServerProcess("sleeper", dir, ServerProcess.Mode.CHILD);
        long pid = process.launch(List.of("sh", "-c", "echo hello from " + dir + "; exec sleep 60"), Map.of());

        process.awaitReady(() -> process.logTail(5).contains("hello from"), Duration.ofSeconds(10), "greeting");
        assertThat(process.runningPid()).contains(pid);
        assertThat(process.stop()).isTrue();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(process.runningPid()).isEmpty();
    }

    @Test
    void a_detached_server_it_launched_is_its_own_whatever_its_command_line_says() {
        ServerProcess process = new ServerProcess("detached", dir, ServerProcess.Mode.DETACHED);
        // nothing in this command line names the server's folder, as for a moment while setsid execs a server
        long pid = process.launch(List.of("sleep", "60"), Map.of());

        assertThat(process.runningPid()).contains(pid);
        assertThat(process.stop()).isTrue();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void a_server_that_dies_while_starting_is_reported_with_its_log() {
        ServerProcess process = new ServerProcess("crasher", dir, ServerProcess.Mode.CHILD);
        process.launch(List.of("sh", "-c", "echo 'Address already in use' >&2; exit 1"), Map.of());

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> process.awaitReady(() -> false, Duration.ofSeconds(10), "never"))
                .isInstanceOf(InfraException.class)
                .hasMessageContaining("crasher stopped while starting")
                .hasMessageContaining("Address already in use");
    }
}
