package dev.atelier.platform.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class PeriodicWorkTest {

    /** Counts its runs; the first {@code failures} runs fail; each run takes {@code length}. */
    private static final class Counting extends PeriodicWork {

        final AtomicInteger runs = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        private final int failures;
        private final Duration length;

        Counting(Duration interval, int failures, Duration length) {
            super("counting work", interval);
            this.failures = failures;
            this.length = length;
        }

        @Override
        protected Mono<?> runOnce() {
            return Mono.defer(() -> {
                int run = runs.incrementAndGet();
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                Mono<Integer> work = run <= failures ? Mono.error(new IllegalStateException("run " + run + " failed"))
                        : Mono.just(run);
                // counted down before the end is signalled on: doFinally would run after the next run began
                return Mono.delay(length).then(work).doOnTerminate(running::decrementAndGet);
            });
        }
    }

    @Test
    void runs_every_interval_until_stopped() {
        Counting work = new Counting(Duration.ofMillis(20), 0, Duration.ZERO);
        work.start();
        assertThat(work.isRunning()).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> work.runs.get() >= 3);
        work.stop();
        assertThat(work.isRunning()).isFalse();
        int afterStop = work.runs.get();
        await().during(Duration.ofMillis(150)).atMost(Duration.ofSeconds(1)).until(() -> work.runs.get() == afterStop);
    }

    @Test
    void a_failed_run_does_not_end_the_schedule() {
        Counting work = new Counting(Duration.ofMillis(20), 2, Duration.ZERO);
        work.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> work.runs.get() >= 4);
        work.stop();
    }

    @Test
    void a_run_longer_than_the_interval_is_never_overlapped() {
        Counting work = new Counting(Duration.ofMillis(10), 0, Duration.ofMillis(60));
        work.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> work.runs.get() >= 3);
        work.stop();
        assertThat(work.mostAtOnce).hasValue(1);
    }

    @Test
    void starting_twice_keeps_one_schedule() {
        Counting work = new Counting(Duration.ofMillis(10), 0, Duration.ofMillis(40));
        work.start();
        work.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> work.runs.get() >= 3);
        work.stop();
        assertThat(work.mostAtOnce).hasValue(1);
    }
}
