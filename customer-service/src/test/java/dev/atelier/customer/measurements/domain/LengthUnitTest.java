package dev.atelier.customer.measurements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LengthUnitTest {

    @ParameterizedTest
    @CsvSource({ "1, 2.54", "10, 25.4", "36, 91.44", "10.25, 26.04", "0.01, 0.03", "200, 508" })
    void inches_become_centimetres_exactly_then_rounded_half_up_to_two_decimals(String inches, String centimetres) {
        assertThat(LengthUnit.IN.convert(new BigDecimal(inches), LengthUnit.CM)).isEqualTo(new BigDecimal(centimetres));
    }

    @ParameterizedTest
    @CsvSource({ "2.54, 1", "92.5, 36.42", "71, 27.95", "98, 38.58", "25.4, 10", "0.01, 0", "500, 196.85" })
    void centimetres_become_inches_by_exact_division_rounded_half_up(String centimetres, String inches) {
        assertThat(LengthUnit.CM.convert(new BigDecimal(centimetres), LengthUnit.IN)).isEqualTo(new BigDecimal(inches));
    }

    @Test
    void the_same_unit_changes_nothing() {
        BigDecimal value = new BigDecimal("92.5");
        assertThat(LengthUnit.CM.convert(value, LengthUnit.CM)).isSameAs(value);
    }

    @Test
    void results_never_use_exponent_notation() {
        assertThat(LengthUnit.CM.convert(new BigDecimal("254"), LengthUnit.IN).toString()).isEqualTo("100");
        assertThat(LengthUnit.IN.convert(new BigDecimal("50"), LengthUnit.CM).toString()).isEqualTo("127");
    }

    @ParameterizedTest
    @CsvSource({ "cm, CM", "' In ', IN", "IN, IN" })
    void units_parse_ignoring_case_and_spaces(String text, LengthUnit unit) {
        assertThat(LengthUnit.parse(text)).contains(unit);
    }

    @Test
    void unknown_units_do_not_parse() {
        assertThat(LengthUnit.parse("MM")).isEmpty();
        assertThat(LengthUnit.parse("")).isEmpty();
        assertThat(LengthUnit.parse(null)).isEmpty();
    }

}
