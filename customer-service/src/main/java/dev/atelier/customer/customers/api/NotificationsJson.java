package dev.atelier.customer.customers.api;

import dev.atelier.customer.customers.domain.CustomerDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** What the customer agreed to hear about their orders, per channel (opt-in: false unless said). */
@Schema(name = "NotificationConsent")
public record NotificationsJson(
        @Schema(description = "E-mails when the order is ready, is delivered, is due, or has a balance left.") @Nullable Boolean email) {

    static NotificationsJson of(CustomerDetails details) {
        return new NotificationsJson(details.emailNotifications());
    }
}
