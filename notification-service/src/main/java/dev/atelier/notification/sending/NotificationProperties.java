package dev.atelier.notification.sending;

import dev.atelier.notification.notifications.domain.RetryPolicy;
import dev.atelier.notification.outgoing.OutgoingQueue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atelier.notifications.*}: how mails are sent and what they say about the shop.
 *
 * @param senderInterval how often the sender looks for due notifications
 * @param batchSize notifications taken per round
 * @param maxAttempts attempts before a notification fails for good
 * @param firstRetry wait after the first failed attempt; it doubles per attempt up to {@code maxRetry}
 * @param sendLease how long one attempt may take before another round takes the notification over
 * @param templatesDir a directory of the shop's own templates ({@code <language>/<name>.<part>.mustache}),
 *     read at each send so edits apply at once; a template not there comes from the built-in ones
 * @param maxEventAge order events older than this ask for no e-mail (the topic's history, read by a new
 *     deployment, is not news to a customer)
 * @param shop what the mails say about the shop
 */
@ConfigurationProperties("atelier.notifications")
public record NotificationProperties(
        @DefaultValue("1s") Duration senderInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("2m") Duration sendLease,
        @Nullable String templatesDir,
        @DefaultValue("24h") Duration maxEventAge,
        @DefaultValue Shop shop) {

    public NotificationProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("atelier.notifications.batch-size must be at least 1");
        }
    }

    /** The shop's template directory, when one is set. */
    public Optional<Path> templates() {
        return templatesDir == null || templatesDir.isBlank() ? Optional.empty() : Optional.of(Path.of(templatesDir));
    }

    /** The rounds both outgoing queues (mails, webhook deliveries) are worked through in. */
    public OutgoingQueue.Rounds rounds() {
        return new OutgoingQueue.Rounds(senderInterval, sendLease, batchSize);
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, firstRetry, maxRetry);
    }

    /**
     * @param name the shop's name, the mails' sender name
     * @param address the shop's address, in the mails' footer (lines separated by commas or new lines)
     * @param signature the closing line
     * @param email the From address
     * @param language ISO 639-1: the language of customers who have none
     */
    public record Shop(@DefaultValue("Atelier") String name, @DefaultValue("") String address,
            @DefaultValue("The Atelier team") String signature, @DefaultValue("shop@atelier.localhost") String email,
            @DefaultValue("en") String language) {
    }
}
