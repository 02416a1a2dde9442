package dev.atelier.inventory.reservations.events;

import dev.atelier.inventory.reservations.StockReservations;
import dev.atelier.inventory.reservations.domain.ReservationDiff;
import dev.atelier.platform.consumer.EventHandler;
import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.EventPayload;
import dev.atelier.platform.event.EventType;
import dev.atelier.platform.event.OrderCancelled;
import dev.atelier.platform.event.OrderCreated;
import dev.atelier.platform.event.OrderItemsChanged;
import dev.atelier.platform.event.OrderStatusChanged;
import dev.atelier.platform.event.StockTrackedItem;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * The order events inventory acts on. The platform's idempotent consumer runs each handler in one
 * transaction with the record of the event id (a poll's events in one, their orders locked together
 * first), retries failures and dead-letters poison records.
 * Change-log rows caused by an event name its source (e.g. {@code /order-service}) as {@code by}.
 */
@Configuration(proxyBeanMethods = false)
public class OrderEventHandlers {

    /** Statuses in which an order's stock has been used up. */
    private static final Set<String> MADE = Set.of("COMPLETED", "DELIVERED");

    @Bean
    EventHandler<OrderCreated> reserveStockForNewOrder(StockReservations reservations) {
        return EventHandler.preparedPerPoll(EventType.ORDER_CREATED,
                events -> reservations.lockOrders(orderIds(events, OrderCreated::orderId)),
                event -> reservations.reserve(event.data().orderId(), event.data().itemListVersion(),
                        lines(event.data().items()), event.source()).then());
    }

    @Bean
    EventHandler<OrderItemsChanged> moveReservationToChangedItems(StockReservations reservations) {
        return EventHandler.preparedPerPoll(EventType.ORDER_ITEMS_CHANGED,
                events -> reservations.lockOrders(orderIds(events, OrderItemsChanged::orderId)),
                event -> reservations.reserve(event.data().orderId(), event.data().itemListVersion(),
                        lines(event.data().items()), event.source()).then());
    }

    @Bean
    EventHandler<OrderStatusChanged> consumeStockOfCompletedOrder(StockReservations reservations) {
        return EventHandler.preparedPerPoll(EventType.ORDER_STATUS_CHANGED,
                events -> reservations.lockOrders(orderIds(events.stream().filter(event -> made(event.data())).toList(),
                        OrderStatusChanged::orderId)),
                event -> made(event.data())
                        ? reservations.consume(event.data().orderId(), event.data().itemListVersion(), event.source())
                        : Mono.empty());
    }

    @Bean
    EventHandler<OrderCancelled> releaseStockOfCancelledOrder(StockReservations reservations) {
        return EventHandler.preparedPerPoll(EventType.ORDER_CANCELLED,
                events -> reservations.lockOrders(orderIds(events, OrderCancelled::orderId)),
                event -> reservations.release(event.data().orderId(), event.data().itemListVersion(), event.source()));
    }

    private static boolean made(OrderStatusChanged change) {
        return MADE.contains(change.to());
    }

    /** The orders a poll's events are for: locked together before any of them is applied. */
    private static <P extends EventPayload> List<UUID> orderIds(List<EventEnvelope<P>> events, Function<P, UUID> orderId) {
        return events.stream().map(event -> orderId.apply(event.data())).toList();
    }

    static List<ReservationDiff.Line> lines(List<StockTrackedItem> items) {
        return items.stream().map(item -> new ReservationDiff.Line(item.inventoryItemId(), item.quantity())).toList();
    }
}
