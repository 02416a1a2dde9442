package dev.atelier.order.orders.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** An inventory item that inventory-service could not reserve in full for this order. */
public record StockShortage(UUID inventoryItemId, BigDecimal requested, BigDecimal available) {
}
