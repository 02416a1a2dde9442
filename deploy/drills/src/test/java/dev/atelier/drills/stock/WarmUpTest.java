package dev.atelier.drills.stock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.drills.DrillReport;
import dev.atelier.load.Figures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final DrillReport report = new DrillReport("warm-up", new PrintStream(out, true, StandardCharsets.UTF_8));
    private int rounds;

    private static Figures perSecond(double rate) {
        return new Figures(rate, 100, 200, 300, rate == 0 ? 0 : (long) (rate * 10), rate == 0 ? 160 : 0, rate == 0 ? "160 × 503" : "");
    }

    private WarmUp.Round rounds(Double... rates) {
        Iterator<Double> next = List.of(rates).iterator();
        return () -> {
            rounds++;
            return perSecond(next.next());
        };
    }

    @Test
    void stops_at_the_first_round_fast_enough_for_the_burst() throws Exception {
        WarmUp.warm(rounds(14.0, 27.5, 41.0, 60.0), report);

        assertThat(rounds).isEqualTo(3);
        assertThat(report.passed()).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("round 3", "warm: 41.0 creates/s after 3 round(s)");
    }

    @Test
    void a_suite_that_stays_slow_is_warmed_for_a_bounded_time_and_told_so() throws Exception {
        WarmUp.warm(rounds(10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 99.0), report);

        assertThat(rounds).isEqualTo(WarmUp.MOST_ROUNDS);
        assertThat(report.passed()).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("still below 40 creates/s after 8 rounds", "GATEWAY_TIMEOUT");
    }

    @Test
    void a_round_without_one_answered_create_fails_at_once() throws Exception {
        WarmUp.warm(rounds(12.0, 0.0, 50.0), report);

        assertThat(rounds).isEqualTo(2);
        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).containsExactly("creates were answered during the warm-up");
    }
}
