package dev.atelier.drills;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one drill did, printed as it goes: plain lines, counts, and checks (an expectation that held or
 * not). The drill fails when any check failed or it ended with an exception.
 */
public final class DrillReport {

    private final String drill;
    private final PrintStream out;
    private final List<String> failures = new ArrayList<>();
    private int checks;

    public DrillReport(String drill, PrintStream out) {
        this.drill = drill;
        this.out = out;
    }

    public String drill() {
        return drill;
    }

    /** A line of what the drill does or saw. */
    public void say(String format, Object... args) {
        synchronized (out) {
            out.println("  " + String.format(Locale.ROOT, format, args));
        }
    }

    /** A figure, e.g. {@code count("orders lost", 0)}. */
    public void count(String what, long value) {
        say("%-44s %,d", what, value);
    }

    /** An expectation: printed with ok / FAILED, and remembered when it failed. */
    public boolean check(String expectation, boolean held) {
        checks++;
        say("%-6s %s", held ? "ok" : "FAILED", expectation);
        if (!held) {
            failures.add(expectation);
        }
        return held;
    }

    /** {@code actual == expected}, with both in the line. */
    public boolean checkEquals(String what, long expected, long actual) {
        return check(String.format(Locale.ROOT, "%s: %,d (expected %,d)", what, actual, expected), expected == actual);
    }

    /** The drill could not go on (set-up failed, an exception): counts as a failed check. */
    public void abort(String why) {
        check("drill completed (" + why + ")", false);
    }

    public int checks() {
        return checks;
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty() && checks > 0;
    }
}
