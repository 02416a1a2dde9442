package dev.atelier.customer.measurements.domain;

import java.time.Instant;
import java.util.UUID;

/** A measurement set as stored: its current details and who made it and last changed it. */
public record Measurement(UUID id, UUID customerId, MeasurementDetails details, long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
