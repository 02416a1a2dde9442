package dev.atelier.order.payments.domain;

/** Money in from the customer, or money given back. */
public enum PaymentKind {
    PAYMENT, REFUND
}
