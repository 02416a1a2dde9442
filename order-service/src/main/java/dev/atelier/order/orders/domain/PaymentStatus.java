package dev.atelier.order.orders.domain;

/** Derived from the price and what was paid; never typed in. */
public enum PaymentStatus {
    UNPAID, PARTIALLY_PAID, PAID, REFUNDED
}
