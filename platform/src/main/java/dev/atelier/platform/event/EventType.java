package dev.atelier.platform.event;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry of Atelier event types: the CloudEvents {@code type} string, the topic it travels
 * on, and the payload record its {@code data} maps to. Typed, so a handler registered for
 * {@link #ORDER_CREATED} receives an {@link OrderCreated}.
 */
public record EventType<P extends EventPayload>(String name, String topic, Class<P> payloadClass) {

    public static final EventType<OrderCreated> ORDER_CREATED =
            new EventType<>("order.created", Topics.ORDER_EVENTS, OrderCreated.class);
    public static final EventType<OrderItemsChanged> ORDER_ITEMS_CHANGED =
            new EventType<>("order.items-changed", Topics.ORDER_EVENTS, OrderItemsChanged.class);
    public static final EventType<OrderStatusChanged> ORDER_STATUS_CHANGED =
            new EventType<>("order.status-changed", Topics.ORDER_EVENTS, OrderStatusChanged.class);
    public static final EventType<OrderCancelled> ORDER_CANCELLED =
            new EventType<>("order.cancelled", Topics.ORDER_EVENTS, OrderCancelled.class);
    public static final EventType<OrderPaymentRecorded> ORDER_PAYMENT_RECORDED =
            new EventType<>("order.payment-recorded", Topics.ORDER_EVENTS, OrderPaymentRecorded.class);
    public static final EventType<StockChanged> STOCK_CHANGED =
            new EventType<>("stock.changed", Topics.STOCK_EVENTS, StockChanged.class);
    public static final EventType<StockItemChanged> STOCK_ITEM_CHANGED =
            new EventType<>("stock.item-changed", Topics.STOCK_EVENTS, StockItemChanged.class);
    public static final EventType<StockReservationUpdated> STOCK_RESERVATION_UPDATED =
            new EventType<>("stock.reservation-updated", Topics.STOCK_EVENTS, StockReservationUpdated.class);

    public static final EventType<CustomerChanged> CUSTOMER_CHANGED =
            new EventType<>("customer.changed", Topics.CUSTOMER_EVENTS, CustomerChanged.class);

    private static final List<EventType<?>> ALL = List.of(ORDER_CREATED, ORDER_ITEMS_CHANGED, ORDER_STATUS_CHANGED,
            ORDER_CANCELLED, ORDER_PAYMENT_RECORDED, STOCK_CHANGED, STOCK_ITEM_CHANGED, STOCK_RESERVATION_UPDATED,
            CUSTOMER_CHANGED);
    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_PAYLOAD =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::payloadClass, Function.identity()));

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadClass, "payloadClass");
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    /** The type with this CloudEvents {@code type} string, if Atelier defines it. */
    public static Optional<EventType<?>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The type whose payload is {@code payloadClass}. */
    @SuppressWarnings("unchecked")
    public static <P extends EventPayload> EventType<P> of(Class<P> payloadClass) {
        EventType<?> type = BY_PAYLOAD.get(payloadClass);
        if (type == null) {
            throw new IllegalArgumentException(payloadClass.getName() + " is not a registered event payload");
        }
        return (EventType<P>) type;
    }

    @SuppressWarnings("unchecked")
    public static <P extends EventPayload> EventType<P> ofPayload(P payload) {
        return of((Class<P>) payload.getClass());
    }

    @Override
    public String toString() {
        return name;
    }
}
