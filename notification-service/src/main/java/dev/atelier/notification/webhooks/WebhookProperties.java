package dev.atelier.notification.webhooks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atelier.webhooks.*}. Rounds, retries and leases are the notifications' own
 * ({@code atelier.notifications.*}).
 *
 * @param allowHttpToLoopback whether a webhook may be plain HTTP to a loopback host (local runs and tests)
 * @param timeout how long a receiver has to answer one delivery
 */
@ConfigurationProperties("atelier.webhooks")
public record WebhookProperties(@DefaultValue("false") boolean allowHttpToLoopback, @DefaultValue("10s") Duration timeout) {
}
