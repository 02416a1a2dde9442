package dev.atelier.customer.customers.api;

import dev.atelier.customer.customers.domain.Customer;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The part of a customer a message to them needs (notification-service reads it when it sends). */
@Schema(name = "CustomerContact")
public record CustomerContactView(UUID id, String name, @Nullable String email, @Nullable String language,
        NotificationsJson notifications, boolean archived) {

    static CustomerContactView of(Customer customer) {
        return new CustomerContactView(customer.id(), customer.details().name(), customer.details().email(),
                customer.details().language(), NotificationsJson.of(customer.details()), customer.archived());
    }
}
