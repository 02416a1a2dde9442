package dev.atelier.customer.measurements.api;

import dev.atelier.customer.measurements.domain.LengthUnit;
import dev.atelier.customer.measurements.domain.MeasurementDetails;
import dev.atelier.platform.error.ValidationFailedException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST} and {@code PUT /api/measurements}. {@code customerId} is required on
 * create and may not change on update; {@code version} is required on update.
 */
public record MeasurementRequest(@Nullable UUID customerId, @Nullable UUID orderId, String type, @Schema(implementation = LengthUnit.class) String unit,
        Map<String, BigDecimal> values, @Nullable String notes, @Nullable Long version) {

    /** The validated details; broken rules leave as the domain's refusal. */
    MeasurementDetails details() {
        return MeasurementDetails.of(new MeasurementDetails.Input(this.orderId, this.type, this.unit, this.values,
                this.notes));
    }

    UUID requiredCustomerId() {
        if (this.customerId == null) {
            throw new ValidationFailedException("customerId", "is required");
        }
        return this.customerId;
    }

    long requiredVersion() {
        if (this.version == null) {
            throw new ValidationFailedException("version", "is required: the version of the measurement set you last read");
        }
        return this.version;
    }

}
