package dev.atelier.notification.notifications.domain;

import dev.atelier.platform.domain.RefusalException;
import java.util.Map;
import java.util.UUID;

/** A resend of a notification that is still being sent: a 409, it will be tried again anyway. */
public class StillPendingException extends RefusalException {

    public StillPendingException(UUID id) {
        super("Notification " + id + " is still being sent; resend it once it is sent, failed or skipped.");
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("notificationStatus", "PENDING");
    }
}
