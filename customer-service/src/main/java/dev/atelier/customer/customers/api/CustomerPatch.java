package dev.atelier.customer.customers.api;

import org.jspecify.annotations.Nullable;

/**
 * The documented body of {@code PATCH /api/customers/{id}} (JSON Merge Patch over
 * {@link CustomerRequest}): only the fields sent change, {@code null} clears one. The controller
 * reads the patch as JSON and merges it; this record only describes it.
 */
public record CustomerPatch(@Nullable String name, @Nullable String email, @Nullable String phone,
        @Nullable AddressJson address, @Nullable String notes, @Nullable String language,
        @Nullable NotificationsJson notifications, @Nullable Long version) {
}
