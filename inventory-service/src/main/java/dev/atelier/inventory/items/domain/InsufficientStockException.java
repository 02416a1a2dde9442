package dev.atelier.inventory.items.domain;

import java.math.BigDecimal;

/** A change would take on-hand stock below zero or below what is reserved. */
public class InsufficientStockException extends RuntimeException {

    private final StockLevel level;
    private final BigDecimal requested;

    public InsufficientStockException(String message, StockLevel level, BigDecimal requested) {
        super(message);
        this.level = level;
        this.requested = requested;
    }

    public StockLevel level() {
        return level;
    }

    public BigDecimal requested() {
        return requested;
    }
}
