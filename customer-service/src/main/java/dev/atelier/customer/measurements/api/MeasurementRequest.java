package dev.atelier.customer.measurements.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import dev.atelier.customer.measurements.domain.LengthUnit;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import dev.atelier.customer.measurements.domain.MeasurementDetails;

/**
 * The body of {@code POST} and {@code PUT /api/measurements}. {@code customerId} is required on
 * create and may not change on update; {@code version} is required on update.
 */
public record MeasurementRequest(@Nullable UUID customerId, @Nullable UUID orderId, String type, @Schema(implementation = LengthUnit.class) String unit,
        Map<String, BigDecimal> values, @Nullable String notes, @Nullable Long version) {

    MeasurementDetails.Input input() {
        return new MeasurementDetails.Input(this.orderId, this.type, this.unit, this.values, this.notes);
    }

}
