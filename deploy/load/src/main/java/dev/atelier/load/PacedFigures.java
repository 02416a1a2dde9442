package dev.atelier.load;

import java.util.Locale;

/**
 * A paced phase's answers, and how many calls went out later than due because every connection was
 * still waiting for an answer: those calls' latencies count from their send, so they read short.
 */
public record PacedFigures(Figures answers, long sentLate, double latestMs) {

    public String line(String name) {
        String line = answers.line(name);
        if (sentLate == 0) {
            return line + String.format(Locale.ROOT, "%n  %-34s all sent when due", "");
        }
        return line + String.format(Locale.ROOT, "%n  %-34s %d sent late (up to %.0f ms): no connection was free",
                "", sentLate, latestMs);
    }
}
