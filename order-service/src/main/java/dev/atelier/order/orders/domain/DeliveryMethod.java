package dev.atelier.order.orders.domain;

/** How the finished order reaches the customer; DELIVERY needs an address. */
public enum DeliveryMethod {
    PICKUP, DELIVERY
}
