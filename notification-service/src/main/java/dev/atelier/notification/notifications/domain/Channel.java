package dev.atelier.notification.notifications.domain;

/** How a notification reaches the customer; each is a separate consent on the customer. */
public enum Channel {
    EMAIL
}
