package dev.atelier.order.orders.api;

import dev.atelier.order.orders.domain.Delivery;
import dev.atelier.order.orders.domain.DeliveryMethod;
import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.OrderItem;
import dev.atelier.platform.domain.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns checked request records (a new order, or new terms) into domain terms; the domain checks
 * what bean validation cannot, naming the request's fields.
 */
final class OrderRequests {

    private OrderRequests() {
    }

    static Order.Terms terms(CreateOrderRequest request) {
        return terms(request.customerId(), request.measurementId(), request.items(), request.price(),
                request.deliveryDate(), request.deliveryMethod(), request.deliveryAddress(), request.notes());
    }

    static Order.Terms terms(UUID customerId, UUID measurementId, List<OrderItemRequest> items, MoneyJson price,
            LocalDate deliveryDate, DeliveryMethod deliveryMethod, AddressJson deliveryAddress, String notes) {
        List<OrderItem> checked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            OrderItemRequest item = items.get(i);
            checked.add(OrderItem.of(item.inventoryItemId(), item.size(), item.description(), item.quantity(),
                    "items[" + i + "]"));
        }
        return new Order.Terms(customerId, measurementId, checked, Money.of(price.amount(), price.currency(), "price"),
                new Delivery(deliveryDate, deliveryMethod, deliveryAddress == null ? null : deliveryAddress.toDomain()),
                notes);
    }
}
