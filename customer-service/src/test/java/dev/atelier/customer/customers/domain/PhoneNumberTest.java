package dev.atelier.customer.customers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
        "'+2348012345678', +2348012345678",
        "'+234 801 234 5678', +2348012345678",
        "'+234 (801) 234-5678', +2348012345678",
        "'00 44 20 7946 0958', +442079460958",
        "'0801.234.5678', 08012345678",
        "'  1234567 ', 1234567",
        "'+123456789012345', +123456789012345",
    })
    void separators_are_dropped_and_00_becomes_plus(String raw, String normalised) {
        assertThat(PhoneNumber.normalise(raw)).contains(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "call me", "123456", "+1234567890123456", "++2348012345678", "0801234567x",
            "+234 801 234 5678 ext 5", "12345678901234567890123456789012345678901" })
    void anything_else_is_not_a_phone_number(String raw) {
        assertThat(PhoneNumber.normalise(raw)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "'801 234', 801234", "'+44 20', +4420", "'(0801)', 0801" })
    void a_query_of_digits_searches_for_the_digits(String query, String fragment) {
        assertThat(PhoneNumber.searchFragment(query)).contains(fragment);
    }

    @ParameterizedTest
    @ValueSource(strings = { "ada", "ada 801", "", "+" })
    void a_query_with_letters_is_no_phone_fragment(String query) {
        assertThat(PhoneNumber.searchFragment(query)).isEmpty();
    }

}
