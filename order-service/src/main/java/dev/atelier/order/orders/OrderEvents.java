package dev.atelier.order.orders;

import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.OrderStatus;
import dev.atelier.platform.domain.Money;
import dev.atelier.platform.event.EventPayload;
import dev.atelier.platform.event.OrderCancelled;
import dev.atelier.platform.event.OrderCreated;
import dev.atelier.platform.event.OrderItemsChanged;
import dev.atelier.platform.event.OrderPaymentRecorded;
import dev.atelier.platform.event.OrderStatusChanged;
import dev.atelier.platform.event.StockTrackedItem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The order events order-service publishes (docs/events), built from the order as it is after the change:
 * each repeats the order's current stock-tracked item list and its version.
 */
public final class OrderEvents {

    private OrderEvents() {
    }

    static OrderCreated created(Order order) {
        return new OrderCreated(order.id(), order.customerId(), order.reservation().itemListVersion(),
                stock(order), order.status().name(), order.audit().createdAt());
    }

    /** A cancel is {@code order.cancelled} (inventory releases the stock); any other move {@code order.status-changed}. */
    static EventPayload moved(OrderStatus from, Order moved) {
        if (moved.status() == OrderStatus.CANCELLED) {
            return cancelled(moved, from, moved.audit().updatedAt());
        }
        return new OrderStatusChanged(moved.id(), moved.customerId(), moved.reservation().itemListVersion(),
                stock(moved), from.name(), moved.status().name(), moved.audit().updatedAt());
    }

    /** Cancelled from {@code from}, or deleted while {@code from}: inventory releases the order's stock. */
    static OrderCancelled cancelled(Order order, OrderStatus from, Instant at) {
        return new OrderCancelled(order.id(), order.customerId(), order.reservation().itemListVersion(), stock(order),
                from.name(), at);
    }

    static OrderItemsChanged itemsChanged(Order order) {
        return new OrderItemsChanged(order.id(), order.customerId(), order.reservation().itemListVersion(),
                stock(order), order.status().name(), order.audit().updatedAt());
    }

    /** A payment or refund of {@code amount} recorded on {@code order} (as it is afterwards). */
    public static OrderPaymentRecorded paymentRecorded(Order order, UUID paymentId, String kind, Money amount,
            Instant at) {
        Money due = order.balanceDue();
        return new OrderPaymentRecorded(order.id(), order.customerId(), order.reservation().itemListVersion(),
                stock(order), paymentId, kind, amount.amount(), amount.currency(), order.paymentStatus().name(),
                due.amount(), at);
    }

    private static List<StockTrackedItem> stock(Order order) {
        return order.stockToReserve().entrySet().stream()
                .map(line -> new StockTrackedItem(line.getKey(), line.getValue())).toList();
    }
}
