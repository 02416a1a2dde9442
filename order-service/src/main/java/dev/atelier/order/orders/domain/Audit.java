package dev.atelier.order.orders.domain;

import java.time.Instant;

/**
 * Who made the order and who changed it last, and its version: every change bumps it, and a write
 * is guarded by the version it was computed from (optimistic locking).
 */
public record Audit(long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static Audit created(Instant now, String user) {
        return new Audit(0, now, user, now, user);
    }

    /** The audit after one more change by {@code user}. */
    Audit next(Instant now, String user) {
        return new Audit(version + 1, createdAt, createdBy, now, user);
    }
}
