package dev.atelier.order.orders.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.atelier.order.orders.domain.OrderItem;
import java.math.BigDecimal;
import java.util.UUID;

/** An item as the API shows it: inventory items carry inventoryItemId and size, custom work a description. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderItemView(UUID id, UUID inventoryItemId, String size, String description, BigDecimal quantity) {

    static OrderItemView of(OrderItem item) {
        return new OrderItemView(item.id(), item.inventoryItemId(), item.size(), item.description(),
                item.quantity().stripTrailingZeros().scale() < 0 ? item.quantity().setScale(0)
                        : item.quantity().stripTrailingZeros());
    }
}
