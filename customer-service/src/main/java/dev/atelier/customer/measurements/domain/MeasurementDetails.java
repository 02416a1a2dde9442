package dev.atelier.customer.measurements.domain;

import dev.atelier.customer.customers.domain.Violations;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * What a designer records in a measurement set, validated: garment {@code type} (free text,
 * trimmed, non-empty, at most 100 characters), {@code unit} CM or IN, the values, an optional
 * order, notes at most 2000 characters.
 */
public record MeasurementDetails(UUID orderId, String type, LengthUnit unit, MeasurementValues values, String notes) {

    public static final int TYPE_MAX = 100;

    public static final int NOTES_MAX = 2000;

    public record Input(UUID orderId, String type, String unit, Map<String, BigDecimal> values, String notes) {
    }

    public static MeasurementDetails of(Input input) {
        Violations violations = new Violations();
        String type = violations.requiredText("type", input.type(), TYPE_MAX);
        LengthUnit unit = null;
        if (input.unit() == null || input.unit().isBlank()) {
            violations.add("unit", "is required: CM or IN");
        }
        else {
            unit = LengthUnit.parse(input.unit()).orElse(null);
            if (unit == null) {
                violations.add("unit", "must be CM or IN");
            }
        }
        // Without a known unit the bounds are unknown: check against the larger, centimetres.
        MeasurementValues values = MeasurementValues.of(input.values(), (unit != null) ? unit : LengthUnit.CM,
                "values", violations);
        String notes = violations.optionalText("notes", input.notes(), NOTES_MAX);
        violations.throwIfAny();
        return new MeasurementDetails(input.orderId(), type, unit, values, notes);
    }

}
