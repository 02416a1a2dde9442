package dev.atelier.order.orders.persistence;

import dev.atelier.order.orders.domain.OrderStatus;
import dev.atelier.order.orders.domain.PaymentStatus;
import dev.atelier.order.orders.domain.StockStatus;
import java.time.LocalDate;
import java.util.UUID;

/** The list filters of {@code GET /api/orders}; a null field does not filter. */
public record OrderFilter(OrderStatus status, StockStatus stockStatus, PaymentStatus paymentStatus, UUID customerId,
        LocalDate deliveryFrom, LocalDate deliveryTo) {
}
