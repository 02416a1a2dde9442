package dev.atelier.notification.webhooks.api;

import dev.atelier.notification.webhooks.domain.Webhook;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A webhook as listed: its secret is never shown again after it was made. */
@Schema(name = "Webhook")
public record WebhookView(UUID id, String url, List<String> eventTypes, @Nullable String description, Instant createdAt,
        String createdBy) {

    static WebhookView of(Webhook webhook) {
        return new WebhookView(webhook.id(), webhook.url(), webhook.eventTypes(), webhook.description(),
                webhook.createdAt(), webhook.createdBy());
    }
}
