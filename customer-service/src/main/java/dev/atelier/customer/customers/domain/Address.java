package dev.atelier.customer.customers.domain;

/** A postal address; every part optional, {@code country} an ISO 3166-1 alpha-2 code. */
public record Address(String street, String city, String postalCode, String country) {

    public static final Address NONE = new Address(null, null, null, null);

    public boolean isEmpty() {
        return street == null && city == null && postalCode == null && country == null;
    }

}
