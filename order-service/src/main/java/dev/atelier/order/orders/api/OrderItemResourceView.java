package dev.atelier.order.orders.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.PlacedItem;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * An item read on its own: its order, its place in the order, and the order's version (the one to
 * send as {@code orderVersion} with a change). Items carry no prices, so every designer sees the same.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderItemResourceView(UUID id, UUID orderId, int position, UUID inventoryItemId, String size,
        String description, BigDecimal quantity, long orderVersion) {

    static OrderItemResourceView of(PlacedItem placed) {
        OrderItemView shown = OrderItemView.of(placed.item());
        return new OrderItemResourceView(shown.id(), placed.orderId(), placed.position(), shown.inventoryItemId(),
                shown.size(), shown.description(), shown.quantity(), placed.orderVersion());
    }

    /** The item {@code itemId} as it is in {@code order}, which was just written with it. */
    static OrderItemResourceView of(Order order, UUID itemId) {
        return of(order.placed(itemId).orElseThrow(
                () -> new IllegalStateException("item " + itemId + " is not in order " + order.id())));
    }
}
