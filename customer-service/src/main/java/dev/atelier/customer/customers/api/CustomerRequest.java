package dev.atelier.customer.customers.api;

import org.jspecify.annotations.Nullable;

import dev.atelier.customer.customers.domain.CustomerDetails;

/**
 * The body of {@code POST} and {@code PUT /api/customers}: the rules live in
 * {@link CustomerDetails}, so that create, replace and merge-patch check alike. {@code version}
 * is ignored on create and required on update (the version the client last read).
 */
public record CustomerRequest(String name, @Nullable String email, @Nullable String phone, @Nullable AddressJson address, @Nullable String notes,
        @Nullable Long version) {

    CustomerDetails.Input input() {
        AddressJson a = (this.address != null) ? this.address : new AddressJson(null, null, null, null);
        return new CustomerDetails.Input(this.name, this.email, this.phone, a.street(), a.city(), a.postalCode(),
                a.country(), this.notes);
    }

}
