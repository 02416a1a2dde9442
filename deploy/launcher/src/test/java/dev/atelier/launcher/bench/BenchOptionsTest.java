package dev.atelier.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void no_option_runs_with_the_defaults() {
        BenchOptions options = BenchOptions.parse(List.of());

        assertThat(options).isEqualTo(new BenchOptions(BenchOptions.Action.RUN, Duration.ofSeconds(30), Duration.ofSeconds(20),
                16, 20, 1_000_000, false, BenchOptions.Tool.AUTO));
    }

    @Test
    void the_tool_is_wrk_or_java() {
        assertThat(BenchOptions.parse(List.of("--tool", "wrk")).tool()).isEqualTo(BenchOptions.Tool.WRK);
        assertThat(BenchOptions.parse(List.of("--tool", "java")).tool()).isEqualTo(BenchOptions.Tool.JAVA);
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--tool", "gatling")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'gatling'");
    }

    @Test
    void durations_take_seconds_minutes_and_milliseconds() {
        BenchOptions options = BenchOptions.parse(List.of("--duration", "2m", "--warmup", "500ms", "--connections", "32", "--rate", "12.5"));

        assertThat(options.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.warmup()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.connections()).isEqualTo(32);
        assertThat(options.rate()).isEqualTo(12.5);
        assertThat(BenchOptions.parse(List.of("--duration", "7")).duration()).isEqualTo(Duration.ofSeconds(7));
        assertThat(BenchOptions.parse(List.of("--warmup", "0")).warmup()).isZero();
    }

    @Test
    void seed_and_unseed_are_actions_and_orders_can_be_chosen() {
        assertThat(BenchOptions.parse(List.of("seed", "--orders", "200_000")))
                .extracting(BenchOptions::action, BenchOptions::orders).containsExactly(BenchOptions.Action.SEED, 200_000L);
        assertThat(BenchOptions.parse(List.of("unseed")).action()).isEqualTo(BenchOptions.Action.UNSEED);
        assertThat(BenchOptions.parse(List.of("--seed", "--duration", "5s")).seedFirst()).isTrue();
        assertThat(BenchOptions.parse(List.of("seed", "--help")).action()).isEqualTo(BenchOptions.Action.HELP);
    }

    @Test
    void bad_values_are_refused_by_name() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--duration", "0"))).hasMessageContaining("--duration");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--duration", "11m"))).hasMessageContaining("--duration");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--duration", "fast"))).hasMessageContaining("'fast'");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--connections", "0"))).hasMessageContaining("--connections");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--rate", "-3"))).hasMessageContaining("--rate");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--rate", "NaN"))).hasMessageContaining("--rate");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--rate"))).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--rate", "--duration", "5"))).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--url", "http://example.com"))).hasMessageContaining("'--url'");
    }

    @Test
    void actions_do_not_combine() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("seed", "unseed"))).hasMessageContaining("'unseed'");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("unseed", "--seed"))).hasMessageContaining("--seed");
    }
}
