package dev.atelier.platform.event;

/** Where inventory stands on an order's stock, as told in {@code stock.reservation-updated}. */
public enum ReservationStatus {
    /** Everything in the item list is held for the order. */
    RESERVED,
    /** Not enough stock: nothing new was reserved; the shortages say what is missing. */
    SHORT,
    /** The order was cancelled and everything held for it is free again. */
    RELEASED
}
