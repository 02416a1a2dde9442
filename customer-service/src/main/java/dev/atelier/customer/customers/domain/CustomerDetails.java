package dev.atelier.customer.customers.domain;

import java.util.Locale;
import java.util.Set;

/**
 * What a designer may set on a customer, validated and normalised: name required (trimmed, at
 * most {@value #NAME_MAX} characters), e-mail and phone optional and well-formed, address parts
 * bounded, country a known ISO code (upper-cased), notes at most {@value #NOTES_MAX} characters,
 * language an ISO 639-1 code (lower-cased; none means the shop's), and whether the customer agreed
 * to e-mails about their orders (opt-in: no unless said).
 */
public record CustomerDetails(String name, String email, String phone, Address address, String notes, String language,
        boolean emailNotifications) {

    public static final int NAME_MAX = 200;

    public static final int NOTES_MAX = 2000;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /** Raw input as the client sent it; {@code address} parts may all be null. */
    public record Input(String name, String email, String phone, String street, String city, String postalCode,
            String country, String notes, String language, Boolean emailNotifications) {
    }

    /** The validated details, or an {@code InvalidValueException} naming every bad field ({@link Violations}). */
    public static CustomerDetails of(Input input) {
        Violations violations = new Violations();
        String name = violations.requiredText("name", input.name(), NAME_MAX);
        String email = null;
        if (input.email() != null && !input.email().isBlank()) {
            email = EmailAddress.normalise(input.email()).orElse(null);
            if (email == null) {
                violations.add("email", EmailAddress.RULE);
            }
        }
        String phone = null;
        if (input.phone() != null && !input.phone().isBlank()) {
            phone = PhoneNumber.normalise(input.phone()).orElse(null);
            if (phone == null) {
                violations.add("phone", PhoneNumber.RULE);
            }
        }
        String street = violations.optionalText("address.street", input.street(), 200);
        String city = violations.optionalText("address.city", input.city(), 100);
        String postalCode = violations.optionalText("address.postalCode", input.postalCode(), 20);
        String country = null;
        if (input.country() != null && !input.country().isBlank()) {
            country = input.country().strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(country)) {
                violations.add("address.country", "must be an ISO 3166-1 alpha-2 country code such as NG");
                country = null;
            }
        }
        String notes = violations.optionalText("notes", input.notes(), NOTES_MAX);
        String language = null;
        if (input.language() != null && !input.language().isBlank()) {
            language = input.language().strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(language)) {
                violations.add("language", "must be an ISO 639-1 language code such as en, fr or yo");
                language = null;
            }
        }
        violations.throwIfAny();
        return new CustomerDetails(name, email, phone, new Address(street, city, postalCode, country), notes, language,
                Boolean.TRUE.equals(input.emailNotifications()));
    }

}
