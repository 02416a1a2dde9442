package dev.atelier.inventory.items.domain;

import dev.atelier.platform.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An inventory item as stored. {@code version} counts changes of the descriptive fields (PUT and
 * PATCH check it); stock moves do not bump it, they are serialised by row locks and logged instead.
 */
public record InventoryItem(UUID id, ItemDetails details, StockLevel stock, long version, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    public boolean isLowStock() {
        return stock.isLow(details.lowStockThreshold());
    }

    /** The same item after a stock move (moves leave the version alone). */
    public InventoryItem withStock(StockLevel after) {
        return new InventoryItem(id, details, after, version, createdAt, createdBy, updatedAt, updatedBy);
    }

    /** The descriptive fields a designer edits with PUT and PATCH. */
    public record ItemDetails(String sku, String name, String description, String category, StockUnit unit,
            Money price, BigDecimal lowStockThreshold) {
    }
}
