package dev.atelier.inventory.changes.domain;

/** Why an item's on-hand or reserved quantity changed. */
public enum StockChangeReason {
    /** The item was created with its opening quantity. */
    CREATED,
    /** Goods came in (a hand adjustment, positive). */
    RESTOCKED,
    /** A hand correction after a count, damage or loss (either sign). */
    ADJUSTED,
    /** Held for an order. */
    RESERVED,
    /** An order's hold given back (items changed or order cancelled). */
    RELEASED,
    /** An order's hold used up: the order was completed. */
    CONSUMED;

    /** The reasons a designer may give to {@code POST /api/inventory/{id}/adjustments}. */
    public boolean isManual() {
        return this == RESTOCKED || this == ADJUSTED;
    }
}
