package dev.atelier.notification.notifications.domain;

/**
 * Where a notification stands. PENDING is waiting for its (next) attempt; the other three are final:
 * SENT (the mail server accepted it), FAILED (attempts used up, or refused for good) and SKIPPED (not
 * to be sent: the customer has not opted in, has no address, is archived or gone).
 */
public enum NotificationStatus {
    PENDING, SENT, FAILED, SKIPPED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
