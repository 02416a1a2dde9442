package dev.atelier.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.drills.Drill;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ./atelier dlt replay TOPIC} is wired, explains itself and refuses what it cannot run. */
class DltCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtelierCli cli = new AtelierCli(AtelierCli.standardCommands());

    private int run(String... args) {
        return cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void is_a_standard_command_and_the_dlt_drill_is_registered() {
        assertThat(new AtelierCli(AtelierCli.standardCommands()).commandLine(System.out, System.err).getSubcommands())
                .containsKey("dlt");
        assertThat(dev.atelier.drills.Drills.all()).extracting(Drill::name).contains("dlt", "bad-input");
    }

    @Test
    void help_explains_the_replay_and_a_missing_topic_is_a_usage_error() {
        assertThat(run("dlt", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("replay TOPIC", "atelier-dlt-replay", "applied twice");
        assertThat(run("dlt", "replay")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing required parameter: 'TOPIC'");
        assertThat(run("dlt", "purge", "atelier.order-events")).isEqualTo(2);
        assertThat(run("dlt")).isEqualTo(2);
    }
}
