package dev.atelier.order.orders.api;

import dev.atelier.order.orders.domain.InvalidValueException;
import dev.atelier.order.orders.domain.Money;
import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.OrderItem;
import dev.atelier.platform.error.ValidationFailedException;
import java.util.ArrayList;
import java.util.List;

/** Turns checked request records into domain terms; a broken domain rule becomes a 400 naming the field. */
final class OrderRequests {

    private OrderRequests() {
    }

    static Order.Terms terms(CreateOrderRequest request) {
        return domain(() -> {
            List<OrderItem> items = new ArrayList<>();
            for (int i = 0; i < request.items().size(); i++) {
                OrderItemRequest item = request.items().get(i);
                items.add(OrderItem.of(item.inventoryItemId(), item.size(), item.description(), item.quantity(),
                        "items[" + i + "]"));
            }
            return new Order.Terms(request.customerId(), request.measurementId(), items,
                    Money.of(request.price().amount(), request.price().currency(), "price"), request.deliveryDate(),
                    request.deliveryMethod(),
                    request.deliveryAddress() == null ? null : request.deliveryAddress().toDomain(), request.notes());
        });
    }

    /** Runs domain code, answering its rule violations as validation problems. */
    static <T> T domain(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidValueException e) {
            throw new ValidationFailedException(e.field(), e.getMessage());
        }
    }
}
