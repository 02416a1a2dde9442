package dev.atelier.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollTest {

    @Test
    void stops_at_the_first_answer_that_is_good_enough() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        int answer = Poll.until(reads::incrementAndGet, n -> n >= 3, Duration.ofMillis(1), Duration.ofSeconds(5));
        assertThat(answer).isEqualTo(3);
        assertThat(reads).hasValue(3);
    }

    @Test
    void gives_the_last_answer_when_time_is_up() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        long started = System.nanoTime();
        int answer = Poll.until(reads::incrementAndGet, n -> false, Duration.ofMillis(20), Duration.ofMillis(200));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(200), Duration.ofSeconds(3));
        assertThat(answer).isEqualTo(reads.get()).isGreaterThan(1);
    }

    @Test
    void a_failed_read_ends_the_wait() {
        assertThatThrownBy(() -> Poll.until(() -> {
            throw new IOException("refused");
        }, answer -> true, Duration.ofMillis(1), Duration.ofSeconds(1))).isInstanceOf(IOException.class).hasMessage("refused");
    }
}
