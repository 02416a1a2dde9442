package dev.atelier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PacingTest {

    @Test
    void calls_are_due_at_even_steps_from_the_start() {
        Pacing twenty = new Pacing(20);

        assertThat(twenty.dueAfterNanos(0)).isZero();
        assertThat(twenty.dueAfterNanos(1)).isEqualTo(50_000_000L);
        assertThat(twenty.dueAfterNanos(20)).isEqualTo(1_000_000_000L);
        assertThat(new Pacing(3).dueAfterNanos(1)).isEqualTo(333_333_333L);
    }

    @Test
    void a_duration_holds_rate_times_seconds_calls() {
        assertThat(new Pacing(20).callsWithin(Duration.ofSeconds(20))).isEqualTo(400);
        assertThat(new Pacing(20).callsWithin(Duration.ofMillis(1010))).isEqualTo(21);
        assertThat(new Pacing(0.5).callsWithin(Duration.ofSeconds(3))).isEqualTo(2);
        assertThat(new Pacing(20).callsWithin(Duration.ZERO)).isZero();
    }

    @Test
    void the_last_call_is_due_inside_the_duration() {
        Pacing pacing = new Pacing(7);
        Duration duration = Duration.ofSeconds(3);
        long calls = pacing.callsWithin(duration);

        assertThat(pacing.dueAfterNanos(calls - 1)).isLessThan(duration.toNanos());
        assertThat(pacing.dueAfterNanos(calls)).isGreaterThanOrEqualTo(duration.toNanos());
    }

    @Test
    void a_rate_must_be_positive() {
        assertThatThrownBy(() -> new Pacing(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pacing(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
