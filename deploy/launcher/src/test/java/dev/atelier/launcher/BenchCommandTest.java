package dev.atelier.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Neither help nor a usage error may look at the suite. */
    private final AtelierCli cli = new AtelierCli(List.of(new BenchCommand(() -> {
        throw new AssertionError("the suite was consulted");
    })));

    private int run(String... args) {
        return cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void is_one_of_the_standard_commands() {
        assertThat(AtelierCli.standardCommands()).extracting(Subcommand::name).contains("bench");
    }

    @Test
    void help_names_the_scenarios_the_options_and_the_seed() {
        assertThat(run("bench", "--help")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("--duration", "--connections", "--rate", "--warmup", "seed", "unseed", "RESERVED", "1 MiB", "VmRSS", "bench-seed");
    }

    @Test
    void a_bad_option_is_refused_before_anything_runs() {
        assertThat(run("bench", "--connections", "many")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--connections", "'many'");
    }
}
