package dev.atelier.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.bench.BenchOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Neither help nor a usage error may look at the suite. */
    private final BenchCommand bench = new BenchCommand(() -> {
        throw new AssertionError("the suite was consulted");
    });
    private final AtelierCli cli = new AtelierCli(List.of(bench));

    private int run(String... args) {
        return cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The command as picocli filled it in from {@code args}, without running it. */
    private BenchCommand parsed(String... args) {
        BenchCommand command = new BenchCommand(() -> null);
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void help_names_the_scenarios_the_options_and_the_seed() {
        assertThat(run("bench", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("--duration", "--connections", "--rate", "--warmup", "wrk", "seed", "unseed", "RESERVED", "1 MiB", "VmRSS");

        out.reset();
        assertThat(run("bench", "seed", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--orders", "bench-seed");
    }

    @Test
    void no_option_runs_with_the_defaults() {
        BenchCommand command = parsed();

        assertThat(command.shape()).isEqualTo(BenchOptions.defaults());
        assertThat(command.orders).isEqualTo(1_000_000);
        assertThat(command.seedFirst).isFalse();
    }

    @Test
    void durations_take_seconds_minutes_and_milliseconds() {
        BenchCommand command = parsed("--duration", "2m", "--warmup", "500ms", "--connections", "32", "--rate", "12.5");

        assertThat(command.shape()).isEqualTo(new BenchOptions(Duration.ofMillis(500), Duration.ofMinutes(2), 32, 12.5));
        assertThat(parsed("--duration", "7").duration).isEqualTo(Duration.ofSeconds(7));
        assertThat(parsed("--warmup", "0").warmup).isZero();
    }

    @Test
    void orders_may_be_grouped() {
        assertThat(parsed("--seed", "--orders", "200_000").orders).isEqualTo(200_000);
        assertThat(parsed("--orders", "1,000").orders).isEqualTo(1_000);
    }

    @Test
    void a_bad_value_is_refused_by_name_before_anything_runs() {
        assertRefused(List.of("bench", "--connections", "many"), "--connections", "'many'");
        assertRefused(List.of("bench", "--duration", "fast"), "--duration", "'fast'");
        assertRefused(List.of("bench", "--duration", "0"), "--duration must be above 0");
        assertRefused(List.of("bench", "--duration", "11m"), "--duration must be");
        assertRefused(List.of("bench", "--connections", "0"), "--connections must be");
        assertRefused(List.of("bench", "--rate", "-3"), "--rate must be");
        assertRefused(List.of("bench", "--rate", "NaN"), "--rate must be");
        assertRefused(List.of("bench", "--rate"), "--rate");
        assertRefused(List.of("bench", "--tool", "java"), "'--tool'");
        assertRefused(List.of("bench", "--url", "http://example.com"), "'--url'");
        assertRefused(List.of("bench", "seed", "--orders", "0"), "--orders must be");
    }

    @Test
    void actions_do_not_combine() {
        assertRefused(List.of("bench", "seed", "unseed"), "'unseed'");
        assertRefused(List.of("bench", "--seed", "unseed"), "--seed goes with the run");
    }

    private void assertRefused(List<String> args, String... expected) {
        err.reset();
        assertThat(cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
                .as(String.join(" ", args)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).as(String.join(" ", args)).contains(expected);
    }
}
