package dev.atelier.notification.webhooks.api;

import dev.atelier.notification.webhooks.domain.DeliveryStatus;
import dev.atelier.notification.webhooks.domain.WebhookDelivery;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One event sent to a webhook: the delivery log's row. */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryView(UUID id, UUID webhookId, String eventId, String eventType, DeliveryStatus status,
        int attempts,
        @Schema(description = "While PENDING: when the next attempt is due.") @Nullable Instant nextAttemptAt,
        @Schema(description = "The receiver's HTTP status on the last attempt, if it answered.") @Nullable Integer responseStatus,
        @Schema(description = "Why the last attempt failed.") @Nullable String reason,
        Instant createdAt, @Nullable Instant deliveredAt) {

    static WebhookDeliveryView of(WebhookDelivery delivery) {
        return new WebhookDeliveryView(delivery.id(), delivery.webhookId(), delivery.eventId(), delivery.eventType(),
                delivery.status(), delivery.attempts(),
                delivery.status() == DeliveryStatus.PENDING ? delivery.nextAttemptAt() : null, delivery.responseStatus(),
                delivery.reason(), delivery.createdAt(), delivery.deliveredAt());
    }
}
