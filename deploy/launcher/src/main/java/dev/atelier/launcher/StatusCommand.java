package dev.atelier.launcher;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code ./atelier status}: every component with its state, address, pid, health and resident memory. */
@Command(name = "status", header = "show each component: up/down, address, pid, health, resident memory",
        description = {"One line per component (infrastructure, then the services): up or down, address, pid, health"
                + " (actuator readiness, and whether Eureka lists it), resident memory (VmRSS, with child processes).",
            "Exit code 0 when everything is up, 3 otherwise."})
final class StatusCommand implements Callable<Integer> {

    private final Supplier<LocalSuite> suites;

    @ParentCommand
    private AtelierCli cli;

    StatusCommand(Supplier<LocalSuite> suites) {
        this.suites = suites;
    }

    @Override
    public Integer call() {
        PrintStream out = cli.out();
        LocalSuite suite = suites.get();
        List<LocalSuite.Row> rows = suite.rows();
        out.println(String.format(Locale.ROOT, "  %-11s %-5s %-22s %-11s %-32s %s", "COMPONENT", "STATE", "ADDRESS", "PID", "HEALTH", "MEMORY"));
        rows.forEach(row -> out.println(row.format()));
        boolean allUp = rows.stream().allMatch(LocalSuite.Row::up);
        suite.foregroundLauncher().ifPresent(launcher ->
                out.println("  (owned by a foreground ./atelier up, pid " + launcher.pid() + ")"));
        if (allUp) {
            out.println();
            UpCommand.printWelcome(suite, out);
        }
        return allUp ? 0 : InfraCommand.NOT_RUNNING;
    }
}
