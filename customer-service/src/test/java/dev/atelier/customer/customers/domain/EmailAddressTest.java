package dev.atelier.customer.customers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @CsvSource({ "'ada@example.com', ada@example.com", "'  Ada.Obi+silk@Example.co.uk ', Ada.Obi+silk@Example.co.uk" })
    void well_formed_addresses_are_kept_as_typed_without_surrounding_spaces(String raw, String expected) {
        assertThat(EmailAddress.normalise(raw)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "ada", "ada@", "@example.com", "ada@example", "ada@@example.com", "ada obi@example.com",
            "ada@example..com", "ada@.example.com" })
    void malformed_addresses_are_refused(String raw) {
        assertThat(EmailAddress.normalise(raw)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void addresses_longer_than_254_characters_are_refused() {
        String longAddress = "a".repeat(60) + "@" + "b".repeat(190) + ".com";
        assertThat(longAddress).hasSizeGreaterThan(254);
        assertThat(EmailAddress.normalise(longAddress)).isEmpty();
    }

}
