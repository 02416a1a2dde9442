package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.servers.LocalServer.StartOutcome;
import dev.atelier.servers.LocalServer.StopOutcome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The machine's redis-server as a process of ours on a free loopback port. */
class RedisServerProcessTest {

    @TempDir
    Path dir;

    @Test
    void starts_answers_ping_on_loopback_is_found_again_and_stops() {
        RedisServer redis = new RedisServer(dir, Ports.freePort(), ServerProcess.Mode.CHILD);
        try {
            assertThat(redis.answers()).isFalse();
            assertThat(redis.status().up()).isFalse();

            assertThat(redis.start()).isEqualTo(StartOutcome.STARTED);
            redis.awaitReady(redis.startTimeout());
            assertThat(redis.answers()).isTrue();
            assertThat(redis.start()).isEqualTo(StartOutcome.ALREADY_RUNNING);
            ServerStatus status = redis.status();
            assertThat(status.up()).isTrue();
            assertThat(status.address()).isEqualTo("127.0.0.1:" + redis.port());
            assertThat(dir.resolve("redis.conf")).content().contains("bind 127.0.0.1", "save \"\"");
            // the pid file names our process: a second launcher (a later ./atelier) recognises it
            RedisServer again = new RedisServer(dir, redis.port(), ServerProcess.Mode.DETACHED);
            assertThat(again.status().pid()).isEqualTo(status.pid());

            assertThat(again.stop()).isEqualTo(StopOutcome.STOPPED);
            assertThat(redis.answers()).isFalse();
        } finally {
            redis.stop();
        }
    }

    @Test
    void the_configuration_keeps_the_command_line_naming_the_folder() {
        assertThat(RedisServer.configuration(6379, dir))
                .contains("port 6379", "protected-mode yes", "set-proc-title no", "appendonly no", "dir " + dir.toAbsolutePath());
    }
}
