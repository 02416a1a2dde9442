package dev.atelier.customer.measurements.persistence;

import java.time.Instant;
import java.util.UUID;

import dev.atelier.customer.measurements.domain.MeasurementDetails;

/** One version of a measurement set, as it was recorded, by whom and when. */
public record MeasurementVersionRecord(UUID measurementId, long version, MeasurementDetails details,
        Instant recordedAt, String recordedBy) {
}
