package dev.atelier.customer.measurements.api;

import dev.atelier.customer.measurements.domain.LengthUnit;
import dev.atelier.customer.measurements.domain.Measurement;
import dev.atelier.customer.measurements.domain.MeasurementDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A measurement set as clients read it: {@code values} in {@code unit}, which is the
 * {@code recordedUnit} unless the client asked for a conversion with {@code ?unit=}.
 */
public record MeasurementView(UUID id, UUID customerId, @Nullable UUID orderId, String type, LengthUnit unit,
        LengthUnit recordedUnit, Map<String, BigDecimal> values, @Nullable String notes, long version, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    static MeasurementView of(Measurement measurement, LengthUnit requested) {
        MeasurementDetails details = measurement.details();
        LengthUnit recorded = details.unit();
        LengthUnit shown = (requested != null) ? requested : recorded;
        return new MeasurementView(measurement.id(), measurement.customerId(), details.orderId(), details.type(), shown,
                recorded, details.values().in(recorded, shown).values(), details.notes(), measurement.version(),
                measurement.createdAt(), measurement.createdBy(), measurement.updatedAt(), measurement.updatedBy());
    }

}
