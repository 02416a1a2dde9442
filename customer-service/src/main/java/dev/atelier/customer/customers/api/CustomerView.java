package dev.atelier.customer.customers.api;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.atelier.customer.customers.domain.Customer;
import dev.atelier.customer.customers.domain.CustomerDetails;

/** A customer as clients read it. {@code address} is null when no part of it is known. */
public record CustomerView(UUID id, String name, @Nullable String email, @Nullable String phone, @Nullable AddressJson address, @Nullable String notes,
        boolean archived, @Nullable Instant archivedAt, @Nullable String archivedBy, long version, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy) {

    static CustomerView of(Customer customer) {
        CustomerDetails details = customer.details();
        return new CustomerView(customer.id(), details.name(), details.email(), details.phone(),
                AddressJson.of(details.address()), details.notes(), customer.archived(), stored(customer.archivedAt()),
                customer.archivedBy(), customer.version(), stored(customer.createdAt()), customer.createdBy(),
                stored(customer.updatedAt()), customer.updatedBy());
    }

    /** PostgreSQL keeps microseconds: answer a fresh write with the instant a later read returns. */
    private static Instant stored(Instant instant) {
        return (instant != null) ? instant.truncatedTo(ChronoUnit.MICROS) : null;
    }

}
