package dev.atelier.customer.measurements.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import dev.atelier.customer.measurements.domain.MeasurementDetails;

/**
 * The body of {@code POST} and {@code PUT /api/measurements}. {@code customerId} is required on
 * create and may not change on update; {@code version} is required on update.
 */
public record MeasurementRequest(UUID customerId, UUID orderId, String type, String unit,
        Map<String, BigDecimal> values, String notes, Long version) {

    MeasurementDetails.Input input() {
        return new MeasurementDetails.Input(this.orderId, this.type, this.unit, this.values, this.notes);
    }

}
