package dev.atelier.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.servers.InfraException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtelierCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final Subcommand failing = new Subcommand() {
        public String name() { return "broken"; }
        public String summary() { return "always fails"; }
        public String help() { return "help of broken\n"; }
        public int run(List<String> args, PrintStream o, PrintStream e) { throw new InfraException("port 9092 is taken"); }
    };

    private final AtelierCli cli = new AtelierCli(List.of(InfraCommand.standard(), failing));

    @Test
    void help_lists_the_commands() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("infra", "start, show or stop", "broken");
    }

    @Test
    void infra_help_names_its_three_actions_and_the_ports() {
        assertThat(run("infra", "--help")).isZero();
        assertThat(out()).contains("up", "status", "down", "5432", "9092", "9000", "8180");
    }

    @Test
    void unknown_words_are_usage_errors() {
        assertThat(run("deploy")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'deploy'");
        assertThat(run("infra", "sideways")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'sideways'");
        assertThat(run()).isEqualTo(2);
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
