package dev.atelier.notification.webhooks.domain;

/** PENDING waits for its (next) attempt; DELIVERED (the receiver answered 2xx) and FAILED are final. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
