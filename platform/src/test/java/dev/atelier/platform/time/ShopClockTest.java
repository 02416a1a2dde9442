package dev.atelier.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Issue 16 item 10: "today" was always UTC; the shop's zone is a setting now. */
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
    void an_unknown_zone_stops_the_start() {
        runner.withPropertyValues("atelier.time-zone=Mars/Olympus")
                .run(context -> assertThat(context).hasFailed());
    }
}
