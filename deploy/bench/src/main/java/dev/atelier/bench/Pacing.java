package dev.atelier.bench;

import java.time.Duration;

/**
 * An open-loop schedule at a steady rate: call {@code i} is due at {@code i / rate} seconds after the
 * start, whatever earlier calls took, so a slow answer delays no later call (no coordinated
 * omission) and latency counts from when the call was due.
 */
public record Pacing(double perSecond) {

    public Pacing {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be above 0");
        }
    }

    /** Nanoseconds after the start at which call {@code index} (from 0) is due. */
    public long dueAfterNanos(long index) {
        return Math.round(index * 1e9 / perSecond);
    }

    /** How many calls fall due within a duration (those due strictly before its end). */
    public long callsWithin(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos <= 0) {
            return 0;
        }
        return (long) Math.ceil(nanos * perSecond / 1e9 - 1e-9);
    }
}
