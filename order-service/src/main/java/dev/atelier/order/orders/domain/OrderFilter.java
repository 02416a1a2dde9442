package dev.atelier.order.orders.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which orders a list shows ({@code GET /api/orders}); a null field does not filter. {@code overdue}:
 * true for orders whose delivery date has passed (in the shop's time zone) and that are neither
 * DELIVERED nor CANCELLED, false for all the others.
 */
public record OrderFilter(OrderStatus status, StockStatus stockStatus, PaymentStatus paymentStatus, UUID customerId,
        LocalDate deliveryFrom, LocalDate deliveryTo, Boolean overdue) {
}
