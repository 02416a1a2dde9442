package dev.atelier.notification.customers;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What customer-service tells about a customer for a message, read when it is sent and never kept
 * beyond the delivery log's recipient.
 *
 * @param language ISO 639-1, or null for the shop's language
 * @param notifications the customer's consent per channel
 */
public record CustomerContact(UUID id, String name, @Nullable String email, @Nullable String language,
        @Nullable Consent notifications, boolean archived) {

    /** Opt-in per channel; absent means no. */
    public record Consent(boolean email) {
    }

    public boolean acceptsEmail() {
        return notifications != null && notifications.email();
    }
}
