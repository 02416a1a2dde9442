package dev.atelier.order.orders.domain;

/** Where a DELIVERY order goes. */
public record DeliveryAddress(String street, String city, String postalCode, String country) {
}
