package dev.atelier.inventory.items.domain;

/** A change that would take an item's on-hand stock to 10^11 or more, beyond what the columns hold. */
public class StockLimitException extends RuntimeException {

    private final transient StockLevel level;

    public StockLimitException(String message, StockLevel level) {
        super(message);
        this.level = level;
    }

    public StockLevel level() {
        return level;
    }
}
