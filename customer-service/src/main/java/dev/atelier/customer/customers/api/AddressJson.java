package dev.atelier.customer.customers.api;

import dev.atelier.customer.customers.domain.Address;

/** A customer's address as JSON; every part optional. */
public record AddressJson(String street, String city, String postalCode, String country) {

    static AddressJson of(Address address) {
        return (address == null || address.isEmpty()) ? null
                : new AddressJson(address.street(), address.city(), address.postalCode(), address.country());
    }

}
