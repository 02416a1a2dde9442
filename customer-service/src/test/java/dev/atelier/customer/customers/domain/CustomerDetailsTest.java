package dev.atelier.customer.customers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.atelier.platform.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class CustomerDetailsTest {

    @Test
    void values_are_trimmed_and_normalised() {
        CustomerDetails details = CustomerDetails.of(new CustomerDetails.Input("  Ada Obi ", " ada@example.com ",
                "+234 801 234 5678", " 12 Marina ", "Lagos", "100001", "ng", "  prefers silk  ", " FR ", true));
        assertThat(details.name()).isEqualTo("Ada Obi");
        assertThat(details.email()).isEqualTo("ada@example.com");
        assertThat(details.phone()).isEqualTo("+2348012345678");
        assertThat(details.address()).isEqualTo(new Address("12 Marina", "Lagos", "100001", "NG"));
        assertThat(details.notes()).isEqualTo("prefers silk");
        assertThat(details.language()).isEqualTo("fr");
        assertThat(details.emailNotifications()).isTrue();
    }

    @Test
    void blank_optional_values_become_absent() {
        CustomerDetails details = CustomerDetails.of(new CustomerDetails.Input("Ada", " ", "", null, " ", null, "", "", " ", null));
        assertThat(details.email()).isNull();
        assertThat(details.phone()).isNull();
        assertThat(details.address().isEmpty()).isTrue();
        assertThat(details.notes()).isNull();
        assertThat(details.language()).isNull();
        assertThat(details.emailNotifications()).as("opt-in: no unless said").isFalse();
    }

    @Test
    void a_name_of_exactly_200_characters_is_fine_and_201_is_not() {
        assertThat(CustomerDetails.of(input("n".repeat(200))).name()).hasSize(200);
        assertThatThrownBy(() -> CustomerDetails.of(input("n".repeat(201))))
            .isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.all())
                .extracting(InvalidValueException::field, Throwable::getMessage)
                .containsExactly(tuple("name", "must be at most 200 characters")));
    }

    @Test
    void every_violation_is_reported_together() {
        assertThatThrownBy(() -> CustomerDetails.of(new CustomerDetails.Input(null, "x", "y", "s".repeat(201),
                "c".repeat(101), "p".repeat(21), "XX", "n".repeat(2001), "french", true)))
            .isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.all())
                .extracting(InvalidValueException::field)
                .containsExactly("name", "email", "phone", "address.street", "address.city", "address.postalCode",
                        "address.country", "notes", "language"));
    }

    @Test
    void country_must_be_a_known_two_letter_code() {
        assertThat(CustomerDetails.of(withCountry(" gb ")).address().country()).isEqualTo("GB");
        for (String bad : new String[] { "Nigeria", "XX", "N", "NGA" }) {
            assertThatThrownBy(() -> CustomerDetails.of(withCountry(bad)))
                .isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.all())
                    .extracting(InvalidValueException::field).containsExactly("address.country"));
        }
    }

    @Test
    void language_must_be_a_known_two_letter_code() {
        assertThat(CustomerDetails.of(new CustomerDetails.Input("Ada", null, null, null, null, null, null, null, "YO", null))
                .language()).isEqualTo("yo");
        for (String bad : new String[] { "french", "xx", "f", "fra", "en-GB" }) {
            assertThatThrownBy(() -> CustomerDetails.of(new CustomerDetails.Input("Ada", null, null, null, null, null, null,
                    null, bad, null)))
                .isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.all())
                    .extracting(InvalidValueException::field).containsExactly("language"));
        }
    }

    private static CustomerDetails.Input input(String name) {
        return new CustomerDetails.Input(name, null, null, null, null, null, null, null, null, null);
    }

    private static CustomerDetails.Input withCountry(String country) {
        return new CustomerDetails.Input("Ada", null, null, null, null, null, country, null, null, null);
    }

}
