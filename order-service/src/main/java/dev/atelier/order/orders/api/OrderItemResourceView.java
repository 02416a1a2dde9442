package dev.atelier.order.orders.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.OrderItem;
import dev.atelier.order.orders.persistence.OrderItemRepository.ItemRow;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * An item read on its own: its order, its place in the order, and the order's version (the one to
 * send as {@code orderVersion} with a change). Items carry no prices, so every designer sees the same.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderItemResourceView(UUID id, UUID orderId, int position, UUID inventoryItemId, String size,
        String description, BigDecimal quantity, long orderVersion) {

    static OrderItemResourceView of(ItemRow row) {
        return of(row.orderId(), row.position(), new OrderItem(row.id(), row.inventoryItemId(), row.size(),
                row.description(), row.quantity()), row.orderVersion());
    }

    /** The item {@code itemId} as it is in {@code order}. */
    static OrderItemResourceView of(Order order, UUID itemId) {
        for (int position = 0; position < order.items().size(); position++) {
            if (order.items().get(position).id().equals(itemId)) {
                return of(order.id(), position, order.items().get(position), order.audit().version());
            }
        }
        throw new IllegalStateException("item " + itemId + " is not in order " + order.id());
    }

    private static OrderItemResourceView of(UUID orderId, int position, OrderItem item, long orderVersion) {
        OrderItemView shown = OrderItemView.of(item);
        return new OrderItemResourceView(item.id(), orderId, position, item.inventoryItemId(), item.size(),
                item.description(), shown.quantity(), orderVersion);
    }
}
