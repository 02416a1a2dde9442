package dev.atelier.drills;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * The drills' bounded waits: read until the answer is good enough or time is up, sleeping between
 * reads on the calling (CLI) thread. Gives the last answer either way, so a drill can report what it
 * saw instead of failing with a timeout (why not Awaitility, whose timeout is an exception).
 */
public final class Poll {

    /** One read of what is awaited (an HTTP call, a query, a metric); it may wait itself. */
    @FunctionalInterface
    public interface Read<T, E extends Exception> {
        T get() throws E, InterruptedException;
    }

    private Poll() {
    }

    public static <T, E extends Exception> T until(Read<T, E> read, Predicate<? super T> done, Duration every,
            Duration atMost) throws E, InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        T last = read.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(every);
            last = read.get();
        }
        return last;
    }
}
