package dev.atelier.order.orders.domain;

import java.time.Instant;
import java.util.UUID;

/** One row of an order's timeline: a status move, who made it, when and why ({@code from} null at creation). */
public record StatusChange(UUID id, UUID orderId, OrderStatus from, OrderStatus to, Instant at, String by,
        String note) {
}
