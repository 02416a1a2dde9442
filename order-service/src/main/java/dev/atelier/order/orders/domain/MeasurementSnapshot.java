package dev.atelier.order.orders.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's measurement set copied into the order when it was linked, so that a later
 * re-measure does not change what this order is cut to.
 *
 * @param version the measurement set's version that was copied
 * @param copiedAt when it was copied
 */
public record MeasurementSnapshot(UUID id, String type, String unit, Map<String, BigDecimal> values, @Nullable String notes,
        long version, Instant copiedAt) {

    public MeasurementSnapshot {
        values = Map.copyOf(values);
    }
}
