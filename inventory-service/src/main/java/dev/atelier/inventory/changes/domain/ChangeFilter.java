package dev.atelier.inventory.changes.domain;

import java.time.Instant;
import java.util.UUID;

/** Filters of the change log; null does not filter. {@code from} is inclusive, {@code to} exclusive. */
public record ChangeFilter(UUID itemId, StockChangeReason reason, UUID orderId, Instant from, Instant to) {

    public static ChangeFilter ofItem(UUID itemId) {
        return new ChangeFilter(itemId, null, null, null, null);
    }
}
