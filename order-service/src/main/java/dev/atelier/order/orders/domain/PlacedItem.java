package dev.atelier.order.orders.domain;

import java.util.UUID;

/**
 * An order item read on its own: its order, its place in the order's list, and the order's version
 * (the one a change of the item must name).
 */
public record PlacedItem(UUID orderId, int position, OrderItem item, long orderVersion) {
}
