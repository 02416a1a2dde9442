package dev.atelier.notification.webhooks.api;

import dev.atelier.notification.webhooks.domain.Webhook;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A webhook just made, with its signing secret: the only answer that shows it. */
@Schema(name = "NewWebhook")
public record NewWebhookView(UUID id, String url, List<String> eventTypes, @Nullable String description,
        @Schema(description = "The key of each delivery's HMAC-SHA256 signature (whsec_ and base64). Shown only now: keep it.")
        String secret,
        Instant createdAt, String createdBy) {

    static NewWebhookView of(Webhook webhook) {
        return new NewWebhookView(webhook.id(), webhook.url(), webhook.eventTypes(), webhook.description(),
                webhook.secret(), webhook.createdAt(), webhook.createdBy());
    }
}
