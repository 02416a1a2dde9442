package dev.atelier.inventory.changes.domain;

import dev.atelier.inventory.items.domain.StockLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One row of the append-only change log: the stock before and after one change, and why. */
public record StockChange(UUID id, UUID itemId, StockChangeReason reason, StockLevel before, StockLevel after,
        UUID orderId, String note, Instant at, String by) {

    /** Change of the on-hand quantity. */
    public BigDecimal quantityDelta() {
        return after.quantity().subtract(before.quantity());
    }

    /** Change of the reserved quantity. */
    public BigDecimal reservedDelta() {
        return after.reserved().subtract(before.reserved());
    }
}
