package dev.atelier.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atelier.outbox.*}: the transactional outbox and its relay.
 *
 * @param enabled whether the outbox (and its relay) exist at all
 * @param relayEnabled whether this instance runs a relay; appends still work without one, and any
 *     replica's relay publishes them
 * @param source the CloudEvents {@code source} of this service's events; defaults to
 *     {@code /${spring.application.name}}
 * @param pollInterval how often the relay looks for pending rows (it is also woken right after a
 *     local append commits)
 * @param batchSize rows claimed per relay transaction
 * @param retention how long published rows are kept before the clean-up deletes them
 * @param cleanupInterval how often the clean-up runs
 * @param initialBackoff wait after the first failed publish of a row; doubles per attempt
 * @param maxBackoff longest wait between attempts of one row
 * @param publishTimeout how long one publish may wait for the broker (metadata and acks) before it
 *     counts as failed
 */
@ConfigurationProperties("atelier.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("true") boolean relayEnabled,
        String source,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("7d") Duration retention,
        @DefaultValue("1h") Duration cleanupInterval,
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue("30s") Duration publishTimeout) {

    public OutboxProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("atelier.outbox.batch-size must be at least 1");
        }
        requirePositive(pollInterval, "poll-interval");
        requirePositive(retention, "retention");
        requirePositive(cleanupInterval, "cleanup-interval");
        requirePositive(initialBackoff, "initial-backoff");
        requirePositive(maxBackoff, "max-backoff");
        requirePositive(publishTimeout, "publish-timeout");
    }

    /** The defaults, for code that builds a relay by hand. */
    public static OutboxProperties defaults(String source) {
        return new OutboxProperties(true, true, source, Duration.ofMillis(200), 100, Duration.ofDays(7),
                Duration.ofHours(1), Duration.ofMillis(500), Duration.ofMinutes(5), Duration.ofSeconds(30));
    }

    public OutboxProperties withSource(String newSource) {
        return new OutboxProperties(enabled, relayEnabled, newSource, pollInterval, batchSize, retention,
                cleanupInterval, initialBackoff, maxBackoff, publishTimeout);
    }

    /** The wait before the next attempt of a row that has now failed {@code attempts} times. */
    public Duration backoffAfter(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 30);
        long millis = initialBackoff.toMillis() > maxBackoff.toMillis() / factor
                ? maxBackoff.toMillis()
                : initialBackoff.toMillis() * factor;
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("atelier.outbox." + name + " must be positive");
        }
    }
}
