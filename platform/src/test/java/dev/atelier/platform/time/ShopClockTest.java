package dev.atelier.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The shop's clock: its zone is a setting ("today" was always UTC), and it ticks in microseconds. */
class ShopClockTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TimeAutoConfiguration.class));

    @Test
    void the_clock_is_utc_by_default() {
        runner.run(context -> assertThat(context.getBean(Clock.class).getZone().normalized()).isEqualTo(ZoneOffset.UTC));
    }

    @Test
    void the_clock_runs_in_the_configured_zone() {
        runner.withPropertyValues("atelier.time-zone=America/Los_Angeles")
                .run(context -> assertThat(context.getBean(Clock.class).getZone())
                        .isEqualTo(ZoneId.of("America/Los_Angeles")));
    }

    @Test
    void the_clock_ticks_in_whole_microseconds_as_postgresql_keeps_them() {
        Instant withNanos = Instant.parse("2026-12-04T10:15:30.123456789Z");
        assertThat(MicrosecondClock.of(Clock.fixed(withNanos, ZoneOffset.UTC)).instant())
                .isEqualTo(Instant.parse("2026-12-04T10:15:30.123456Z"));
        runner.run(context -> assertThat(context.getBean(Clock.class).instant().getNano() % 1_000).isZero());
    }

    @Test
    void an_unknown_zone_stops_the_start() {
        runner.withPropertyValues("atelier.time-zone=Mars/Olympus")
                .run(context -> assertThat(context).hasFailed());
    }
}
