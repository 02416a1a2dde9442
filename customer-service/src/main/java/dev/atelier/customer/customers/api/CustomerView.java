package dev.atelier.customer.customers.api;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.atelier.customer.customers.domain.Address;
import dev.atelier.customer.customers.persistence.CustomerRow;

/** A customer as clients read it. {@code address} is null when no part of it is known. */
public record CustomerView(UUID id, String name, @Nullable String email, @Nullable String phone, @Nullable AddressJson address, @Nullable String notes,
        boolean archived, @Nullable Instant archivedAt, @Nullable String archivedBy, long version, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy) {

    static CustomerView of(CustomerRow row) {
        return new CustomerView(row.getId(), row.getName(), row.getEmail(), row.getPhone(),
                AddressJson.of(new Address(row.getStreet(), row.getCity(), row.getPostalCode(), row.getCountry())),
                row.getNotes(), row.isArchived(), stored(row.getArchivedAt()), row.getArchivedBy(), row.getVersion(),
                stored(row.getCreatedAt()), row.getCreatedBy(), stored(row.getUpdatedAt()), row.getUpdatedBy());
    }

    /** PostgreSQL keeps microseconds: answer a fresh write with the instant a later read returns. */
    private static Instant stored(Instant instant) {
        return (instant != null) ? instant.truncatedTo(ChronoUnit.MICROS) : null;
    }

}
