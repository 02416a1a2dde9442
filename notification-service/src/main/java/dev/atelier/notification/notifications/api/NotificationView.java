package dev.atelier.notification.notifications.api;

import dev.atelier.notification.notifications.domain.Channel;
import dev.atelier.notification.notifications.domain.Notification;
import dev.atelier.notification.notifications.domain.NotificationKind;
import dev.atelier.notification.notifications.domain.NotificationStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of an order's delivery log. */
@Schema(name = "Notification")
public record NotificationView(UUID id, UUID orderId, UUID customerId, NotificationKind kind, Channel channel,
        NotificationStatus status,
        @Schema(description = "The address it went to, as customer-service gave it when it was sent.") @Nullable String recipient,
        @Nullable String subject,
        int attempts,
        @Schema(description = "While PENDING: when the next attempt is due.") @Nullable Instant nextAttemptAt,
        @Schema(description = "Why the last attempt failed, or why it was skipped.") @Nullable String reason,
        @Schema(description = "The notification this one sends again.") @Nullable UUID resendOf,
        @Schema(description = "order-event, or the lead designer who asked for a resend.") String requestedBy,
        Instant createdAt, @Nullable Instant sentAt, Instant updatedAt) {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.id(), notification.orderId(), notification.customerId(),
                notification.kind(), notification.channel(), notification.status(), notification.recipient(),
                notification.subject(), notification.attempts(),
                notification.status() == NotificationStatus.PENDING ? notification.nextAttemptAt() : null,
                notification.reason(), notification.resendOf(), notification.requestedBy(), notification.createdAt(),
                notification.sentAt(), notification.updatedAt());
    }
}
