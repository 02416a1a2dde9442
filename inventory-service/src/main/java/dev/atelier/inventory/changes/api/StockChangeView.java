package dev.atelier.inventory.changes.api;

import dev.atelier.inventory.changes.domain.StockChange;
import dev.atelier.inventory.changes.domain.StockChangeReason;
import dev.atelier.inventory.items.domain.Quantities;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A change-log row as the API shows it; {@code delta} is the on-hand change, {@code reservedDelta} the reserved one. */
public record StockChangeView(UUID id, UUID itemId, StockChangeReason reason, BigDecimal quantityBefore,
        BigDecimal quantityAfter, BigDecimal delta, BigDecimal reservedBefore, BigDecimal reservedAfter,
        BigDecimal reservedDelta, @Nullable UUID orderId, @Nullable String note, Instant at, String by) {

    public static StockChangeView of(StockChange change) {
        return new StockChangeView(change.id(), change.itemId(), change.reason(),
                Quantities.plain(change.before().quantity()), Quantities.plain(change.after().quantity()),
                Quantities.plain(change.quantityDelta()), Quantities.plain(change.before().reserved()),
                Quantities.plain(change.after().reserved()), Quantities.plain(change.reservedDelta()), change.orderId(),
                change.note(), change.at(), change.by());
    }
}
