package dev.atelier.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.servers.InfraException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class AtelierCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Command(name = "broken", header = "always fails")
    static final class Broken implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new InfraException("port 9092 is taken");
        }
    }

    private final AtelierCli cli = new AtelierCli(List.of(InfraCommand.standard(), new Broken()));

    @Test
    void help_lists_the_commands() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("Usage: ./atelier", "infra", "start, show or stop", "broken", "always fails");
    }

    @Test
    void help_as_a_word_explains_the_cli_or_one_command() {
        assertThat(run("help")).isZero();
        assertThat(out()).contains("infra", "broken");
        out.reset();
        assertThat(run("help", "infra")).isZero();
        assertThat(out()).contains("Usage: ./atelier infra");
    }

    @Test
    void infra_help_names_its_three_actions_and_the_ports() {
        assertThat(run("infra", "--help")).isZero();
        assertThat(out()).contains("up", "status", "down", "5432", "9092", "9000", "8180");
    }

    @Test
    void unknown_words_are_usage_errors() {
        assertThat(run("deploy")).isEqualTo(2);
        assertThat(err()).contains("'deploy'");
        assertThat(run("infra", "sideways")).isEqualTo(2);
        assertThat(err()).contains("'sideways'");
    }

    @Test
    void no_command_or_no_action_is_a_usage_error_that_shows_the_choices() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("Usage: ./atelier", "infra");
        err.reset();
        assertThat(run("infra")).isEqualTo(2);
        assertThat(err()).contains("Usage: ./atelier infra", "status");
    }

    @Test
    void an_infrastructure_problem_is_one_clear_line_and_exit_code_1() {
        assertThat(run("broken")).isEqualTo(1);
        assertThat(err()).isEqualTo("atelier: port 9092 is taken" + System.lineSeparator());
    }

    private int run(String... args) {
        return cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
