package dev.atelier.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.drills.Drill;
import dev.atelier.drills.DrillContext;
import dev.atelier.drills.DrillReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrillCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

    /** A drill the command lists and selects; running it is DrillRunTest's business (deploy/drills). */
    private record Listed(String name, String summary) implements Drill {
        @Override
        public void run(DrillContext context, DrillReport report) {
            throw new AssertionError("a drill ran");
        }
    }

    private static final Drill PASSING = new Listed("passing", "the passing drill");
    private static final Drill FAILING = new Listed("failing", "the failing drill");

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
        assertThat(dev.atelier.drills.Drills.all()).extracting(Drill::name)
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
}
