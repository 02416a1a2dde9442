package dev.atelier.notification.notifications.domain;

import dev.atelier.platform.domain.Ids;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message to one customer on one channel, and what became of it: the delivery log's row.
 *
 * @param causeId the CloudEvents id of the order event that asked for it, {@code reminder:<order>:<date>}
 *     or {@code balance:<order>:<period>} for a reminder, or {@code resend:<id>} for a lead's resend; with customer, kind and channel it is
 *     unique, so an event never sends twice
 * @param recipient the address it went to, as customer-service gave it when it was sent
 * @param attempts attempts so far, counted when an attempt starts
 * @param nextAttemptAt when a PENDING notification is next tried (during an attempt: when the attempt's
 *     lease runs out, so a sender that died mid-attempt is taken over)
 * @param reason why the last attempt failed, or why it was skipped
 * @param requestedBy {@code order-event}, {@code delivery-reminder}, {@code balance-reminder} or the lead
 *     who asked for a resend
 */
public record Notification(UUID id, UUID orderId, UUID customerId, String causeId, NotificationKind kind,
        Channel channel, NotificationStatus status, @Nullable String recipient, @Nullable String subject, int attempts,
        Instant nextAttemptAt, @Nullable String reason, @Nullable UUID resendOf, String requestedBy, Instant createdAt,
        @Nullable Instant sentAt, Instant updatedAt) {

    /** Who asked for a notification an order event caused. */
    public static final String BY_ORDER_EVENT = "order-event";

    /** Who asked for a reminder before the delivery date. */
    public static final String BY_REMINDER = "delivery-reminder";

    /** Who asked for a reminder of a balance due. */
    public static final String BY_BALANCE_REMINDER = "balance-reminder";

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(causeId, "causeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(requestedBy, "requestedBy");
    }

    /** An e-mail an order event asks for, due now. */
    public static Notification forEvent(String eventId, UUID orderId, UUID customerId, NotificationKind kind, Instant now) {
        return new Notification(Ids.newId(), orderId, customerId, eventId, kind, Channel.EMAIL,
                NotificationStatus.PENDING, null, null, 0, now, null, null, BY_ORDER_EVENT, now, null, now);
    }

    /**
     * A reminder that the order is due on {@code deliveryDate}, due now; one per order and date, so a
     * moved date is reminded of again and an unmoved one never twice.
     */
    public static Notification reminder(UUID orderId, UUID customerId, LocalDate deliveryDate, Instant now) {
        return new Notification(Ids.newId(), orderId, customerId, "reminder:" + orderId + ":" + deliveryDate,
                NotificationKind.DELIVERY_REMINDER, Channel.EMAIL, NotificationStatus.PENDING, null, null, 0, now, null,
                null, BY_REMINDER, now, null, now);
    }

    /**
     * A reminder that a balance is due on the finished order, one per order and {@code period} (a number
     * the caller counts up, e.g. weeks since an epoch), so it repeats once per period while unpaid.
     */
    public static Notification balanceReminder(UUID orderId, UUID customerId, long period, Instant now) {
        return new Notification(Ids.newId(), orderId, customerId, "balance:" + orderId + ":" + period,
                NotificationKind.BALANCE_DUE, Channel.EMAIL, NotificationStatus.PENDING, null, null, 0, now, null,
                null, BY_BALANCE_REMINDER, now, null, now);
    }

    /** The same message again, due now, asked for by {@code lead}; only a settled notification is resent. */
    public Notification resend(String lead, Instant now) {
        if (!status.isFinal()) {
            throw new StillPendingException(id);
        }
        UUID newId = Ids.newId();
        return new Notification(newId, orderId, customerId, "resend:" + newId, kind, channel,
                NotificationStatus.PENDING, null, null, 0, now, null, id, lead, now, null, now);
    }

    public Notification sent(String to, String withSubject, Instant at) {
        return new Notification(id, orderId, customerId, causeId, kind, channel, NotificationStatus.SENT, to, withSubject,
                attempts, nextAttemptAt, null, resendOf, requestedBy, createdAt, at, at);
    }

    public Notification skipped(String why, Instant at) {
        return new Notification(id, orderId, customerId, causeId, kind, channel, NotificationStatus.SKIPPED, recipient,
                subject, attempts, nextAttemptAt, why, resendOf, requestedBy, createdAt, null, at);
    }

    /**
     * This attempt failed: due again after the policy's back-off, or FAILED when the attempts are used up
     * or the failure is {@code permanent} (asking again cannot help, e.g. the address was refused).
     */
    public Notification failed(String why, boolean permanent, RetryPolicy policy, Instant at) {
        boolean last = permanent || policy.exhausted(attempts);
        return new Notification(id, orderId, customerId, causeId, kind, channel,
                last ? NotificationStatus.FAILED : NotificationStatus.PENDING, recipient, subject, attempts,
                last ? nextAttemptAt : at.plus(policy.delayAfter(attempts)), why, resendOf, requestedBy, createdAt, null, at);
    }
}
