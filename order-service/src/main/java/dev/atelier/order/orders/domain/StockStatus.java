package dev.atelier.order.orders.domain;

/** Where the order's stock reservation stands, as inventory-service last answered. */
public enum StockStatus {
    RESERVING, RESERVED, SHORT, RELEASED
}
