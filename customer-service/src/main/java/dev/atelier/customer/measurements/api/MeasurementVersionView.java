package dev.atelier.customer.measurements.api;

import dev.atelier.customer.measurements.domain.LengthUnit;
import dev.atelier.customer.measurements.domain.MeasurementVersion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of {@code GET /api/measurements/{id}/history}: the set as it was recorded, by whom, when. */
public record MeasurementVersionView(UUID measurementId, long version, @Nullable UUID orderId, String type, LengthUnit unit,
        LengthUnit recordedUnit, Map<String, BigDecimal> values, @Nullable String notes, Instant recordedAt, String recordedBy) {

    static MeasurementVersionView of(MeasurementVersion entry, LengthUnit requested) {
        LengthUnit recorded = entry.details().unit();
        LengthUnit shown = (requested != null) ? requested : recorded;
        return new MeasurementVersionView(entry.measurementId(), entry.version(), entry.details().orderId(),
                entry.details().type(), shown, recorded, entry.details().values().in(recorded, shown).values(),
                entry.details().notes(), entry.recordedAt(), entry.recordedBy());
    }

}
