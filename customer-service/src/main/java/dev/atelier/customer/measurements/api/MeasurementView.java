package dev.atelier.customer.measurements.api;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.atelier.customer.measurements.domain.LengthUnit;
import dev.atelier.customer.measurements.persistence.MeasurementRecord;

/**
 * A measurement set as clients read it: {@code values} in {@code unit}, which is the
 * {@code recordedUnit} unless the client asked for a conversion with {@code ?unit=}.
 */
public record MeasurementView(UUID id, UUID customerId, @Nullable UUID orderId, String type, LengthUnit unit,
        LengthUnit recordedUnit, Map<String, BigDecimal> values, @Nullable String notes, long version, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    static MeasurementView of(MeasurementRecord record, LengthUnit requested) {
        LengthUnit recorded = record.details().unit();
        LengthUnit shown = (requested != null) ? requested : recorded;
        return new MeasurementView(record.id(), record.customerId(), record.details().orderId(),
                record.details().type(), shown, recorded, record.details().values().in(recorded, shown).values(),
                record.details().notes(), record.version(), record.createdAt(), record.createdBy(), record.updatedAt(),
                record.updatedBy());
    }

}
