package dev.atelier.customer.customers.api;

import dev.atelier.customer.customers.domain.Address;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A customer's address as JSON; every part optional. */
@Schema(name = "CustomerAddress")
public record AddressJson(@Nullable String street, @Nullable String city, @Nullable String postalCode, @Nullable String country) {

    static AddressJson of(Address address) {
        return (address == null || address.isEmpty()) ? null
                : new AddressJson(address.street(), address.city(), address.postalCode(), address.country());
    }

}
