package dev.atelier.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.launcher.drill.Drill;
import dev.atelier.launcher.drill.DrillContext;
import dev.atelier.launcher.drill.DrillReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrillCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

    private static Drill drill(String name, ThrowingRun run) {
        return new Drill() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String summary() {
                return "the " + name + " drill";
            }

            @Override
            public void run(DrillContext context, DrillReport report) throws Exception {
                run.run(report);
            }
        };
    }

    @FunctionalInterface
    interface ThrowingRun {
        void run(DrillReport report) throws Exception;
    }

    private static final Drill PASSING = drill("passing", report -> report.checkEquals("units reserved", 50, 50));
    private static final Drill FAILING = drill("failing", report -> {
        report.check("first holds", true);
        report.checkEquals("orders lost", 0, 3);
    });
    private static final Drill BROKEN = drill("broken", report -> {
        throw new IOException("gateway said 502");
    });
    private static final Drill SILENT = drill("silent", report -> report.say("did nothing"));

    /** Neither help, the list nor an unknown name may look at the suite. */
    private final AtelierCli cli = new AtelierCli(List.of(new DrillCommand(() -> {
        throw new AssertionError("the suite was consulted");
    }, List.of(PASSING, FAILING))));

    private int run(String... args) {
        return cli.run(List.of(args), print, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void is_one_of_the_standard_commands_with_every_drill_the_issue_asks_for() {
        assertThat(new AtelierCli(AtelierCli.standardCommands()).commandLine(System.out, System.err).getSubcommands())
                .containsKey("drill");
        assertThat(dev.atelier.launcher.drill.Drills.all()).extracting(Drill::name)
                .contains("oversell", "duplicates", "broker-outage", "crash", "neighbour-down");
    }

    @Test
    void help_lists_the_drills_and_list_names_them() {
        assertThat(run("drill", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("passing", "the failing drill", "exit");

        out.reset();
        assertThat(run("drill", "--list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("passing" + System.lineSeparator() + "failing" + System.lineSeparator());
    }

    @Test
    void an_unknown_drill_is_refused_before_anything_runs() {
        assertThat(run("drill", "passing", "tsunami")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no drill 'tsunami'");
    }

    @Test
    void every_drill_runs_and_one_failed_expectation_fails_the_run() {
        int exit = DrillCommand.runAll(List.of(PASSING, FAILING, BROKEN, SILENT), null, print);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(printed).contains("== passing: the passing drill", "ok     units reserved: 50 (expected 50)",
                "FAILED orders lost: 3 (expected 0)", "FAILED drill completed (IOException: gateway said 502)");
        assertThat(printed).containsPattern("passing +passed 1 checks")
                .containsPattern("failing +FAILED 2 checks, failed: orders lost: 3 \\(expected 0\\)")
                .containsPattern("broken +FAILED 1 checks")
                .containsPattern("silent +FAILED 0 checks");
    }

    @Test
    void a_run_passes_when_every_expectation_held() {
        assertThat(DrillCommand.runAll(List.of(PASSING, PASSING), null, print)).isZero();
    }
}
