package dev.atelier.notification.webhooks.domain;

import dev.atelier.notification.notifications.domain.RetryPolicy;
import dev.atelier.platform.domain.Ids;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event sent (or to be sent) to one webhook, and what became of it.
 *
 * @param eventId the CloudEvents id; with the webhook it is unique, so an event is delivered once
 * @param body the JSON sent: the event in CloudEvents structured form
 * @param responseStatus the receiver's HTTP status on the last attempt, if it answered
 * @param reason why the last attempt failed
 */
public record WebhookDelivery(UUID id, UUID webhookId, String eventId, String eventType, String body,
        DeliveryStatus status, int attempts, Instant nextAttemptAt, @Nullable Integer responseStatus,
        @Nullable String reason, Instant createdAt, @Nullable Instant deliveredAt) {

    /** The type of the sample a lead sends to try a webhook. */
    public static final String TEST_EVENT_TYPE = "webhook.test";

    public WebhookDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
    }

    public static WebhookDelivery of(UUID webhookId, String eventId, String eventType, String body, Instant now) {
        return new WebhookDelivery(Ids.newId(), webhookId, eventId, eventType, body, DeliveryStatus.PENDING, 0, now,
                null, null, now, null);
    }

    public WebhookDelivery delivered(int status, Instant at) {
        return new WebhookDelivery(id, webhookId, eventId, eventType, body, DeliveryStatus.DELIVERED, attempts,
                nextAttemptAt, status, null, createdAt, at);
    }

    /** This attempt failed: due again after the back-off, or FAILED when the attempts are used up. */
    public WebhookDelivery failed(@Nullable Integer status, String why, RetryPolicy policy, Instant at) {
        boolean last = policy.exhausted(attempts);
        return new WebhookDelivery(id, webhookId, eventId, eventType, body,
                last ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, attempts,
                last ? nextAttemptAt : at.plus(policy.delayAfter(attempts)), status, why, createdAt, null);
    }
}
