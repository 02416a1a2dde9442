package dev.atelier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadLoopTest {

    @Test
    void the_closed_loop_counts_failures_apart_from_successes() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        LoadLoop.Result result = LoadLoop.closed(4, Duration.ZERO, Duration.ofMillis(200), () -> {
            int n = calls.incrementAndGet();
            Thread.sleep(1);
            if (n % 3 == 0) {
                throw new IllegalStateException("refused");
            }
            return n % 3 == 1 ? 200 : 503;
        });

        assertThat(result.latencies().count() + result.latencies().errors()).isEqualTo(calls.get());
        assertThat(result.latencies().errors()).isGreaterThanOrEqualTo(calls.get() / 2);
        assertThat(result.latencies().reasons()).contains("503×", "io×");
        assertThat(result.elapsedNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
    }

    @Test
    void the_warm_up_is_not_counted() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        LoadLoop.Result result = LoadLoop.closed(2, Duration.ofMillis(100), Duration.ofMillis(100), () -> {
            calls.incrementAndGet();
            Thread.sleep(2);
            return 200;
        });

        assertThat(result.latencies().count()).isLessThan(calls.get());
    }

    @Test
    void the_paced_loop_makes_every_due_call_with_its_due_time() throws Exception {
        Pacing pacing = new Pacing(200);
        ConcurrentLinkedQueue<Long> due = new ConcurrentLinkedQueue<>();

        LoadLoop.paced(pacing, Duration.ofMillis(100), dueAt -> {
            due.add(dueAt);
            Thread.sleep(30); // slower than the pace: later calls must not wait for it
        });

        List<Long> sorted = due.stream().sorted().toList();
        assertThat(sorted).hasSize(20);
        assertThat(sorted.getLast() - sorted.getFirst()).isEqualTo(pacing.dueAfterNanos(19));
    }
}
