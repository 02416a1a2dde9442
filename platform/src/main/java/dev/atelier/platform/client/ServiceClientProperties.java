package dev.atelier.platform.client;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atelier.clients.*}: how reads from other services are retried. Time limits and circuit
 * breakers are Resilience4j's own settings, per service name.
 */
@ConfigurationProperties("atelier.clients")
public record ServiceClientProperties(@DefaultValue Retries retries) {

    /** @param maxAttempts retries after the first try (0 = none) */
    public record Retries(@DefaultValue("2") int maxAttempts, @DefaultValue("50ms") Duration firstBackoff,
            @DefaultValue("500ms") Duration maxBackoff) {
    }
}
