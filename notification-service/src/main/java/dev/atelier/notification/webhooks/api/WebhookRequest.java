package dev.atelier.notification.webhooks.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/webhooks}: where to send, which event types, and a note for the shop. */
public record WebhookRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> eventTypes,
        @Nullable @Size(max = 500) String description) {
}
