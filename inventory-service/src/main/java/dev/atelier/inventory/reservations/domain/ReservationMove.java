package dev.atelier.inventory.reservations.domain;

import dev.atelier.inventory.changes.domain.StockChangeReason;
import dev.atelier.inventory.items.domain.StockLevel;
import java.math.BigDecimal;
import java.util.UUID;

/** One item's stock move for an order: {@code RESERVED} more or {@code RELEASED} some, ending at {@code held}. */
public record ReservationMove(UUID itemId, StockChangeReason reason, StockLevel after, BigDecimal held) {
}
