package dev.atelier.notification.notifications.domain;

/** What a notification tells the customer. */
public enum NotificationKind {
    /** The order reached COMPLETED: ready for pickup, or on its way, by the order's delivery method. */
    ORDER_READY,
    /** The order reached DELIVERED. */
    ORDER_DELIVERED,
    /** The order's delivery (or pickup) date is near. */
    DELIVERY_REMINDER,
    /** The order is finished and a balance remains to be paid. */
    BALANCE_DUE
}
