package dev.atelier.customer.customers.api;

import dev.atelier.customer.customers.domain.Customer;
import dev.atelier.customer.customers.domain.CustomerDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer as clients read it. {@code address} is null when no part of it is known. */
public record CustomerView(UUID id, String name, @Nullable String email, @Nullable String phone, @Nullable AddressJson address, @Nullable String notes,
        @Schema(description = "ISO 639-1; null: the shop's language.") @Nullable String language,
        NotificationsJson notifications, boolean archived, @Nullable Instant archivedAt, @Nullable String archivedBy, long version, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy) {

    static CustomerView of(Customer customer) {
        CustomerDetails details = customer.details();
        return new CustomerView(customer.id(), details.name(), details.email(), details.phone(),
                AddressJson.of(details.address()), details.notes(), details.language(), NotificationsJson.of(details),
                customer.archived(), customer.archivedAt(),
                customer.archivedBy(), customer.version(), customer.createdAt(), customer.createdBy(),
                customer.updatedAt(), customer.updatedBy());
    }

}
