package dev.atelier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.atelier.load.Figures;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static long millis(long ms) {
        return TimeUnit.MILLISECONDS.toNanos(ms);
    }

    @Test
    void percentiles_come_from_every_recorded_call() {
        Latencies latencies = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            latencies.record(millis(ms));
        }

        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.millisAt(50)).isCloseTo(50, within(0.1));
        assertThat(latencies.millisAt(95)).isCloseTo(95, within(0.1));
        assertThat(latencies.millisAt(99)).isCloseTo(99, within(0.1));
    }

    @Test
    void one_slow_call_in_a_hundred_shows_in_p99_only() {
        Latencies latencies = new Latencies();
        for (int i = 0; i < 99; i++) {
            latencies.record(millis(2));
        }
        latencies.record(millis(900));

        assertThat(latencies.millisAt(95)).isCloseTo(2, within(0.01));
        assertThat(latencies.millisAt(99)).isCloseTo(2, within(0.01));
        assertThat(latencies.millisAt(100)).isCloseTo(900, within(1.0));
    }

    @Test
    void a_phase_is_one_line_with_its_rate_percentiles_and_failures() {
        assertThat(new Figures(250.0, 3.0, 3.0, 3.0, 500, 1, "503×1").line("GET one"))
                .contains("GET one", "250.0 req/s", "p50     3.0 ms", "p99     3.0 ms", "(500 ok, 1 failed: 503×1)");
    }

    @Test
    void a_scenario_without_success_says_so() {
        Latencies latencies = new Latencies();
        latencies.error();

        assertThat(new Figures(0, 0, 0, 0, 0, 1, "").line("upload")).contains("no successful call (1 failed)");
        assertThat(latencies.percentiles("saga")).contains("none measured (1 failed)");
    }

    @Test
    void failures_are_counted_by_reason() {
        Latencies latencies = new Latencies();
        latencies.error("503");
        latencies.error("503");
        latencies.error("SHORT");
        latencies.error();

        assertThat(latencies.errors()).isEqualTo(4);
        assertThat(latencies.reasons()).isEqualTo("503×2, SHORT×1");
    }

    @Test
    void a_stuck_call_is_capped_at_a_minute() {
        Latencies latencies = new Latencies();
        latencies.record(TimeUnit.MINUTES.toNanos(5));

        assertThat(latencies.millisAt(100)).isCloseTo(60_000, within(60.0));
    }
}
