package dev.atelier.customer.measurements.persistence;

import java.time.Instant;
import java.util.UUID;

import dev.atelier.customer.measurements.domain.MeasurementDetails;

/** A measurement set as stored: its current details and who made it and last changed it. */
public record MeasurementRecord(UUID id, UUID customerId, MeasurementDetails details, long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
