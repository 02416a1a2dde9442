package dev.atelier.platform.event;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * One stock-tracked line of an order as inventory sees it: which inventory item and how much of it
 * (decimal: fabric is sold by the metre). An order lists each inventory item once, quantities summed.
 */
public record StockTrackedItem(UUID inventoryItemId, BigDecimal quantity) {

    public StockTrackedItem {
        Objects.requireNonNull(inventoryItemId, "inventoryItemId");
        Objects.requireNonNull(quantity, "quantity");
    }
}
