package dev.atelier.order.orders.persistence;

import dev.atelier.order.orders.domain.OrderStatus;
import dev.atelier.order.orders.domain.PaymentStatus;
import dev.atelier.order.orders.domain.StockStatus;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The list filters of {@code GET /api/orders}; a null field does not filter. {@code overdue}: true
 * for orders whose delivery date (UTC) has passed and that are neither DELIVERED nor CANCELLED,
 * false for all the others.
 */
public record OrderFilter(OrderStatus status, StockStatus stockStatus, PaymentStatus paymentStatus, UUID customerId,
        LocalDate deliveryFrom, LocalDate deliveryTo, Boolean overdue) {
}
