package dev.atelier.order.payments.domain;

/** How the money moved. */
public enum PaymentMethod {
    CASH, CARD, TRANSFER, OTHER
}
