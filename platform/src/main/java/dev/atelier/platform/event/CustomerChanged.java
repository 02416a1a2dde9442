package dev.atelier.platform.event;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code customer.changed}: a customer was created, edited (PUT or PATCH) or archived, or one of their
 * measurement sets was recorded or changed. Keyed by the customer id. Ids only, never personal data (name,
 * e-mail, phone, address, measurement values): other shop systems and every designer read this topic, and a
 * reader who may see the customer fetches them from customer-service.
 *
 * @param change        {@link #CREATED}, {@link #UPDATED}, {@link #ARCHIVED} or {@link #MEASUREMENTS_CHANGED}
 * @param version       the customer's version after the change; a measurement change leaves it as it was
 * @param measurementId the measurement set recorded or changed ({@link #MEASUREMENTS_CHANGED}); null otherwise
 */
public record CustomerChanged(UUID customerId, String change, long version, @Nullable UUID measurementId, Instant at)
        implements EventPayload {

    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String ARCHIVED = "ARCHIVED";
    public static final String MEASUREMENTS_CHANGED = "MEASUREMENTS_CHANGED";

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
