package dev.atelier.drills;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs drills one after the other, each with its own report, and prints a summary. A drill that
 * throws fails (its report says why) and the next one still runs; an interrupt ends the run.
 */
public final class DrillRun {

    private DrillRun() {}

    /** 0 when every expectation of every drill held, else 1. */
    public static int runAll(List<Drill> chosen, DrillContext context, PrintStream out) {
        List<DrillReport> reports = new ArrayList<>();
        long started = System.nanoTime();
        for (Drill drill : chosen) {
            out.println();
            out.println("== " + drill.name() + ": " + drill.summary());
            DrillReport report = new DrillReport(drill.name(), out);
            long t0 = System.nanoTime();
            try {
                drill.run(context, report);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                report.abort("interrupted");
            } catch (Exception e) {
                report.abort(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            report.say("(%s)", seconds(System.nanoTime() - t0));
            reports.add(report);
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        out.println();
        out.println("drills (" + seconds(System.nanoTime() - started) + ")");
        for (DrillReport report : reports) {
            out.printf(Locale.ROOT, "  %-14s %-6s %d checks%s%n", report.drill(), report.passed() ? "passed" : "FAILED", report.checks(),
                    report.failures().isEmpty() ? "" : ", failed: " + String.join("; ", report.failures()));
        }
        return reports.stream().allMatch(DrillReport::passed) ? 0 : 1;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
