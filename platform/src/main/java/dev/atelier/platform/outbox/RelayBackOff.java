package dev.atelier.platform.outbox;

import java.time.Duration;

/**
 * The relay's pause after failed rounds (a database or broker that is down): the pause grows with
 * each failure in a row, as {@link OutboxProperties#backoffAfter} says, and a good round ends it.
 * Failures of single events are kept on their rows instead ({@code next_attempt_at}).
 */
final class RelayBackOff {

    private final OutboxProperties properties;
    private volatile int consecutiveFailures;
    private volatile long pausedUntilNanos;

    RelayBackOff(OutboxProperties properties) {
        this.properties = properties;
    }

    boolean paused() {
        return System.nanoTime() < pausedUntilNanos;
    }

    void succeeded() {
        consecutiveFailures = 0;
    }

    /** Counts a failed round and starts its pause; returns the pause. */
    Duration failed() {
        Duration pause = properties.backoffAfter(++consecutiveFailures);
        pausedUntilNanos = System.nanoTime() + pause.toNanos();
        return pause;
    }

    int failuresInARow() {
        return consecutiveFailures;
    }
}
