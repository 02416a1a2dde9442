package dev.atelier.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.launcher.bench.BenchClient;
import dev.atelier.launcher.bench.BenchOptions;
import dev.atelier.launcher.bench.JavaClosedLoad;
import dev.atelier.launcher.bench.WrkClosedLoad;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
    void wrk_drives_the_closed_loops_when_installed_unless_java_is_asked_for() {
        BenchClient api = new BenchClient("http://127.0.0.1:1");
        Optional<Path> wrk = Optional.of(Path.of("/usr/bin/wrk"));

        assertThat(BenchCommand.load(BenchOptions.Tool.AUTO, api, wrk)).isInstanceOf(WrkClosedLoad.class);
        assertThat(BenchCommand.load(BenchOptions.Tool.AUTO, api, Optional.empty())).isInstanceOf(JavaClosedLoad.class);
        assertThat(BenchCommand.load(BenchOptions.Tool.JAVA, api, wrk)).isInstanceOf(JavaClosedLoad.class);
        assertThatThrownBy(() -> BenchCommand.load(BenchOptions.Tool.WRK, api, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apt-get install wrk");
    }

    @Test
    void a_bad_option_is_refused_before_anything_runs() {
        assertThat(run("bench", "--connections", "many")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--connections", "'many'");
    }
}
