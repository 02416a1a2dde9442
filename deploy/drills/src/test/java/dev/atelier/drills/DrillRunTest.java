package dev.atelier.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrillRunTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
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

    @Test
    void every_drill_runs_and_one_failed_expectation_fails_the_run() {
        int exit = DrillRun.runAll(List.of(PASSING, FAILING, BROKEN, SILENT), null, print);

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
        assertThat(DrillRun.runAll(List.of(PASSING, PASSING), null, print)).isZero();
    }
}
