package dev.atelier.inventory.items.domain;

import dev.atelier.platform.domain.RefusalException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A change would take on-hand stock below zero or below what is reserved. */
public class InsufficientStockException extends RefusalException {

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

    /** The stock as it is: on hand, reserved and available. */
    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("quantity", Quantities.plain(level.quantity()));
        properties.put("reserved", Quantities.plain(level.reserved()));
        properties.put("available", Quantities.plain(level.available()));
        return properties;
    }
}
