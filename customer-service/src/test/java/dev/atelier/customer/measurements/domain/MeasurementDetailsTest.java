package dev.atelier.customer.measurements.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.atelier.platform.domain.InvalidValueException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MeasurementDetailsTest {

    @Test
    void a_valid_set_is_trimmed_and_its_names_normalised() {
        UUID order = UUID.randomUUID();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put(" Bust ", new BigDecimal("92.50"));
        values.put("Upper Arm", new BigDecimal("30"));
        values.put("back-length", new BigDecimal("4.1E+1"));
        MeasurementDetails details = MeasurementDetails.of(new MeasurementDetails.Input(order, "  dress ", "cm", values, " silk "));
        assertThat(details.orderId()).isEqualTo(order);
        assertThat(details.type()).isEqualTo("dress");
        assertThat(details.unit()).isEqualTo(LengthUnit.CM);
        assertThat(details.notes()).isEqualTo("silk");
        assertThat(details.values().values()).containsExactly(
                Map.entry("back_length", new BigDecimal("41")),
                Map.entry("bust", new BigDecimal("92.5")),
                Map.entry("upper_arm", new BigDecimal("30")));
        assertThat(details.values().values().get("back_length").toString()).isEqualTo("41");
    }

    @Test
    void values_must_be_positive_two_decimals_and_within_the_unit_maximum() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("zero", BigDecimal.ZERO);
        values.put("negative", new BigDecimal("-3"));
        values.put("precise", new BigDecimal("10.125"));
        values.put("huge", new BigDecimal("200.01"));
        values.put("fine", new BigDecimal("200"));
        assertThatThrownBy(() -> MeasurementDetails.of(new MeasurementDetails.Input(null, "suit", "IN", values, null)))
            .isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.all())
                .extracting(InvalidValueException::field, Throwable::getMessage)
                .containsExactlyInAnyOrder(
                    tuple("values.zero", "must be positive"),
                    tuple("values.negative", "must be positive"),
                    tuple("values.precise", "must have at most 2 decimals"),
                    tuple("values.huge", "must be at most 200 IN")));
    }

    @Test
    void centimetres_allow_up_to_500() {
        assertThat(MeasurementDetails.of(input("CM", Map.of("height", new BigDecimal("500")))).values().values())
            .containsEntry("height", new BigDecimal("500"));
        assertThatThrownBy(() -> MeasurementDetails.of(input("CM", Map.of("height", new BigDecimal("500.01")))))
            .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void names_that_clash_after_normalising_or_are_not_names_are_refused() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("Waist", BigDecimal.TEN);
        values.put("waist ", BigDecimal.ONE);
        values.put("9lives", BigDecimal.ONE);
        values.put("", BigDecimal.ONE);
        assertThatThrownBy(() -> MeasurementDetails.of(input("CM", values)))
            .isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.all())
                .extracting(InvalidValueException::field)
                .containsExactlyInAnyOrder("values.waist ", "values.9lives", "values."));
    }

    @Test
    void type_unit_and_at_least_one_value_are_required() {
        assertThatThrownBy(() -> MeasurementDetails.of(new MeasurementDetails.Input(null, " ", null, Map.of(), null)))
            .isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.all())
                .extracting(InvalidValueException::field).containsExactly("type", "unit", "values"));
    }

    @Test
    void unknown_units_and_null_values_are_refused() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("bust", null);
        assertThatThrownBy(() -> MeasurementDetails.of(input("MM", values)))
            .isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.all())
                .extracting(InvalidValueException::field, Throwable::getMessage)
                .containsExactly(
                    tuple("unit", "must be CM or IN"),
                    tuple("values.bust", "must be a number")));
    }

    @Test
    void conversion_of_a_set_converts_every_value() {
        MeasurementValues values = new MeasurementValues(Map.of("bust", new BigDecimal("92.5"), "waist", new BigDecimal("71")));
        assertThat(values.in(LengthUnit.CM, LengthUnit.IN).values())
            .containsExactly(Map.entry("bust", new BigDecimal("36.42")), Map.entry("waist", new BigDecimal("27.95")));
    }

    private static MeasurementDetails.Input input(String unit, Map<String, BigDecimal> values) {
        return new MeasurementDetails.Input(null, "dress", unit, values, null);
    }

}
