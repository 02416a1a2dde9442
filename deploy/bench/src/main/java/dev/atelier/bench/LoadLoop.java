package dev.atelier.bench;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The open loop of the saga scenario: calls at a steady rate ({@link Pacing}), each on its own virtual
 * thread, bounded in time. The closed loops are wrk's ({@link WrkClosedLoad}); this one stays in Java
 * because each call follows its order until the saga answers, which wrk cannot.
 */
public final class LoadLoop {

    /** One paced call, told when it was due; it records its own latencies. */
    @FunctionalInterface
    public interface PacedCall {
        void call(long dueNanoTime) throws Exception;
    }

    /** How long a paced phase waits for its last calls after its end. */
    static final Duration DRAIN = Duration.ofSeconds(30);

    private LoadLoop() {}

    /**
     * Calls due at a steady rate for the duration, each on its own virtual thread whatever the
     * others take; returns the time from the first due call until the last one finished.
     */
    public static long paced(Pacing pacing, Duration duration, PacedCall call) throws InterruptedException {
        long calls = pacing.callsWithin(duration);
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < calls; i++) {
                long due = start + pacing.dueAfterNanos(i);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                }
                pool.submit(() -> {
                    call.call(due);
                    return null;
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(DRAIN.toSeconds(), TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        }
        return System.nanoTime() - start;
    }
}
