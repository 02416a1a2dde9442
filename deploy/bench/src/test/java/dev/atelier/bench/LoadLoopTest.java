package dev.atelier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class LoadLoopTest {

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
