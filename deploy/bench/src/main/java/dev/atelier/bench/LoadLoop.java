package dev.atelier.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The load loops: a closed loop of a fixed number of workers (each sends its next call when the last
 * one answered, as wrk does with its connections), and an open loop at a steady rate
 * ({@link Pacing}). Workers are virtual threads; each phase is bounded in time.
 */
public final class LoadLoop {

    /** One call, answering its HTTP status: 2xx counts as done, anything else (or an exception) as failed. */
    @FunctionalInterface
    public interface Call {
        int call() throws Exception;
    }

    /** One paced call, told when it was due; it records its own latencies. */
    @FunctionalInterface
    public interface PacedCall {
        void call(long dueNanoTime) throws Exception;
    }

    /** What a measured phase produced. */
    public record Result(Latencies latencies, long elapsedNanos) {}

    /** How long a paced phase waits for its last calls after its end. */
    static final Duration DRAIN = Duration.ofSeconds(30);

    private LoadLoop() {}

    /** A warm-up phase (figures thrown away), then the measured one. */
    public static Result closed(int workers, Duration warmup, Duration duration, Call call) throws InterruptedException {
        if (!warmup.isZero()) {
            closedPhase(workers, warmup, call);
        }
        return closedPhase(workers, duration, call);
    }

    static Result closedPhase(int workers, Duration duration, Call call) throws InterruptedException {
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>(workers);
        for (int i = 0; i < workers; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    try {
                        int status = call.call();
                        if (status >= 200 && status < 300) {
                            latencies.record(System.nanoTime() - t);
                        } else {
                            latencies.error(Integer.toString(status));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        latencies.error(e instanceof java.net.http.HttpTimeoutException ? "timeout" : "io");
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(latencies, System.nanoTime() - start);
    }

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
