package dev.atelier.inventory.items.domain;

/** What one unit of an item's quantity is. */
public enum StockUnit {
    PIECE, PAIR, SET, METRE, YARD, ROLL, SPOOL, SKEIN, GRAM, KILOGRAM
}
