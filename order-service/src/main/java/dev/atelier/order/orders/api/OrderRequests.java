package dev.atelier.order.orders.api;

import dev.atelier.order.orders.domain.Delivery;
import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.OrderItem;
import dev.atelier.platform.domain.Money;
import java.util.ArrayList;
import java.util.List;

/** Turns checked request records into domain terms; the domain checks what bean validation cannot. */
final class OrderRequests {

    private OrderRequests() {
    }

    static Order.Terms terms(CreateOrderRequest request) {
        List<OrderItem> items = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            OrderItemRequest item = request.items().get(i);
            items.add(OrderItem.of(item.inventoryItemId(), item.size(), item.description(), item.quantity(),
                    "items[" + i + "]"));
        }
        return new Order.Terms(request.customerId(), request.measurementId(), items,
                Money.of(request.price().amount(), request.price().currency(), "price"),
                new Delivery(request.deliveryDate(), request.deliveryMethod(),
                        request.deliveryAddress() == null ? null : request.deliveryAddress().toDomain()),
                request.notes());
    }
}
