package dev.atelier.customer.measurements.domain;

import java.time.Instant;
import java.util.UUID;

/** One version of a measurement set, as it was recorded, by whom and when. */
public record MeasurementVersion(UUID measurementId, long version, MeasurementDetails details,
        Instant recordedAt, String recordedBy) {
}
