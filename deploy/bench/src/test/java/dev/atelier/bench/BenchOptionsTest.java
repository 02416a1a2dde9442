package dev.atelier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void the_defaults_are_a_short_run() {
        assertThat(BenchOptions.defaults()).isEqualTo(new BenchOptions(Duration.ofSeconds(30), Duration.ofSeconds(20), 16, 20));
    }

    @Test
    void the_bounds_hold_at_their_edges() {
        assertThat(new BenchOptions(Duration.ZERO, Duration.ofMinutes(10), 1024, 2000).connections()).isEqualTo(1024);
        assertThat(new BenchOptions(Duration.ofMinutes(10), Duration.ofMillis(1), 1, 0.1).rate()).isEqualTo(0.1);
    }

    @Test
    void values_out_of_bounds_are_refused_by_option_name() {
        Duration s = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new BenchOptions(Duration.ofSeconds(-1), s, 1, 1)).hasMessageContaining("--warmup");
        assertThatThrownBy(() -> new BenchOptions(s, Duration.ZERO, 1, 1)).hasMessageContaining("--duration");
        assertThatThrownBy(() -> new BenchOptions(s, Duration.ofMinutes(11), 1, 1)).hasMessageContaining("--duration");
        assertThatThrownBy(() -> new BenchOptions(s, s, 1025, 1)).hasMessageContaining("--connections");
        assertThatThrownBy(() -> new BenchOptions(s, s, 1, Double.NaN)).hasMessageContaining("--rate");
        assertThatThrownBy(() -> new BenchOptions(s, s, 1, 2001)).hasMessageContaining("--rate");
    }
}
