package dev.atelier.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * A system clock that ticks in whole microseconds, what PostgreSQL's timestamps keep: an instant a
 * service stamps is the instant a later read returns, with no truncation at each use.
 */
public final class MicrosecondClock {

    private static final Duration TICK = Duration.ofNanos(1_000);

    private MicrosecondClock() {
    }

    public static Clock in(ZoneId zone) {
        return of(Clock.system(zone));
    }

    /** {@code base} cut down to whole microseconds. */
    public static Clock of(Clock base) {
        return Clock.tick(base, TICK);
    }
}
