package dev.atelier.notification.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(1));

    private static Notification claimed(int attempts) {
        Notification requested = Notification.forEvent("event-1", UUID.randomUUID(), UUID.randomUUID(),
                NotificationKind.ORDER_READY, NOW);
        return new Notification(requested.id(), requested.orderId(), requested.customerId(), requested.causeId(),
                requested.kind(), requested.channel(), requested.status(), null, null, attempts, NOW, null, null,
                requested.requestedBy(), NOW, null, NOW);
    }

    @Test
    void an_event_asks_for_a_pending_email_due_now() {
        Notification requested = Notification.forEvent("event-1", UUID.randomUUID(), UUID.randomUUID(),
                NotificationKind.ORDER_DELIVERED, NOW);
        assertThat(requested.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(requested.channel()).isEqualTo(Channel.EMAIL);
        assertThat(requested.nextAttemptAt()).isEqualTo(NOW);
        assertThat(requested.requestedBy()).isEqualTo("order-event");
        assertThat(requested.attempts()).isZero();
    }

    @Test
    void a_failed_attempt_waits_with_back_off_then_fails_for_good_when_attempts_are_used_up() {
        Notification first = claimed(1).failed("smtp down", false, POLICY, NOW);
        assertThat(first.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(first.reason()).isEqualTo("smtp down");

        assertThat(claimed(2).failed("smtp down", false, POLICY, NOW).nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        Notification last = claimed(3).failed("smtp down", false, POLICY, NOW);
        assertThat(last.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(last.reason()).isEqualTo("smtp down");
    }

    @Test
    void a_permanent_failure_fails_at_once() {
        assertThat(claimed(1).failed("address refused", true, POLICY, NOW).status()).isEqualTo(NotificationStatus.FAILED);
    }

    @Test
    void sent_keeps_whom_and_what_and_clears_the_reason() {
        Notification sent = claimed(2).failed("busy", false, POLICY, NOW).sent("ada@example.test", "Ready", NOW);
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.recipient()).isEqualTo("ada@example.test");
        assertThat(sent.subject()).isEqualTo("Ready");
        assertThat(sent.sentAt()).isEqualTo(NOW);
        assertThat(sent.reason()).isNull();
    }

    @Test
    void a_resend_is_a_new_pending_notification_of_its_own_cause_pointing_at_the_original() {
        Notification original = claimed(1).sent("ada@example.test", "Ready", NOW);
        Notification again = original.resend("lead", NOW.plusSeconds(5));
        assertThat(again.id()).isNotEqualTo(original.id());
        assertThat(again.resendOf()).isEqualTo(original.id());
        assertThat(again.causeId()).isEqualTo("resend:" + again.id());
        assertThat(again.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(again.attempts()).isZero();
        assertThat(again.requestedBy()).isEqualTo("lead");
        assertThat(again.kind()).isEqualTo(original.kind());
        assertThat(again.recipient()).isNull();
    }

    @Test
    void a_pending_notification_is_not_resent() {
        assertThatThrownBy(() -> claimed(1).resend("lead", NOW)).isInstanceOf(StillPendingException.class)
                .hasMessageContaining("still being sent");
    }

    @Test
    void back_off_doubles_up_to_the_ceiling() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(30), Duration.ofMinutes(5));
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.delayAfter(60)).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
