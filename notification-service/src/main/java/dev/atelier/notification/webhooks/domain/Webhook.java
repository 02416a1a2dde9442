package dev.atelier.notification.webhooks.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A shop system's subscription: the event types it wants, POSTed to its URL, each delivery signed with
 * its own secret (shown once, when it is made).
 */
public record Webhook(UUID id, String url, List<String> eventTypes, @Nullable String description, String secret,
        Instant createdAt, String createdBy) {

    public Webhook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        eventTypes = List.copyOf(eventTypes);
    }

    public boolean wants(String eventType) {
        return eventTypes.contains(eventType);
    }
}
