package dev.atelier.inventory.items.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An item's stock: on hand and reserved for orders, both never negative, reserved never above on
 * hand. Every move returns a new level or refuses; nothing here touches storage.
 */
public record StockLevel(BigDecimal quantity, BigDecimal reserved) {

    public StockLevel {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(reserved, "reserved");
        if (quantity.signum() < 0 || reserved.signum() < 0 || reserved.compareTo(quantity) > 0) {
            throw new IllegalArgumentException("not a stock level: quantity " + quantity + ", reserved " + reserved);
        }
    }

    public static StockLevel of(BigDecimal quantity) {
        return new StockLevel(quantity, BigDecimal.ZERO.setScale(quantity.scale()));
    }

    /** On hand minus reserved: what new orders can still have. */
    public BigDecimal available() {
        return quantity.subtract(reserved);
    }

    public boolean isLow(BigDecimal threshold) {
        return available().compareTo(threshold) <= 0;
    }

    /** Restock (positive) or correction (either sign) of the on-hand quantity; reserved stock stays. */
    public StockLevel adjust(BigDecimal delta) {
        BigDecimal after = quantity.add(delta);
        if (after.compareTo(Quantities.LIMIT) >= 0) {
            // Each adjustment is below the limit, but a series of them could take the column past it.
            throw new StockLimitException("On hand would rise to " + Quantities.plain(after)
                    + "; stock stays below 10^11 (at most " + Quantities.plain(Quantities.LIMIT.subtract(quantity)
                            .subtract(BigDecimal.ONE.movePointLeft(Quantities.SCALE))) + " more).", this);
        }
        if (after.compareTo(reserved) < 0) {
            throw new InsufficientStockException("On hand would fall to " + Quantities.plain(after) + ", below the "
                    + Quantities.plain(reserved) + " reserved for orders.", this, delta.negate());
        }
        return new StockLevel(after, reserved);
    }

    /** Holds {@code amount} more for an order. */
    public StockLevel reserve(BigDecimal amount) {
        requirePositive(amount);
        if (amount.compareTo(available()) > 0) {
            throw new InsufficientStockException("Only " + Quantities.plain(available()) + " available, "
                    + Quantities.plain(amount) + " requested.", this, amount);
        }
        return new StockLevel(quantity, reserved.add(amount));
    }

    /** Gives back {@code amount} held for an order. */
    public StockLevel release(BigDecimal amount) {
        requirePositive(amount);
        if (amount.compareTo(reserved) > 0) {
            throw new IllegalArgumentException("cannot release " + amount + ", only " + reserved + " reserved");
        }
        return new StockLevel(quantity, reserved.subtract(amount));
    }

    /** Takes {@code amount} held for an order out of stock for good (the order is made). */
    public StockLevel consume(BigDecimal amount) {
        requirePositive(amount);
        if (amount.compareTo(reserved) > 0) {
            throw new IllegalArgumentException("cannot consume " + amount + ", only " + reserved + " reserved");
        }
        return new StockLevel(quantity.subtract(amount), reserved.subtract(amount));
    }

    private static void requirePositive(BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive, not " + amount);
        }
    }
}
