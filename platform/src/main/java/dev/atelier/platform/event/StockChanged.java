package dev.atelier.platform.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code stock.changed}: one quantity change of an inventory item, the same facts as its change-log
 * row, plus what is available afterwards and whether that is at or below the item's low-stock
 * threshold. Keyed by the item id.
 *
 * @param reason why it changed (upper case, e.g. {@code RESTOCKED}, {@code RESERVED}, {@code RELEASED})
 * @param orderId the order that caused it, or {@code null}
 */
public record StockChanged(UUID itemId, String sku, String reason, BigDecimal quantityBefore,
        BigDecimal quantityAfter, BigDecimal reservedBefore, BigDecimal reservedAfter, BigDecimal available,
        boolean lowStock, UUID orderId, Instant at) implements EventPayload {

    @Override
    public UUID aggregateId() {
        return itemId;
    }
}
