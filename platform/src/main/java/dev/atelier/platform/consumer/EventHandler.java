package dev.atelier.platform.consumer;

import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.EventPayload;
import dev.atelier.platform.event.EventType;
import java.util.Objects;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * What a service does with one event type. Declare it as a bean and the idempotent consumer
 * subscribes to the type's topic and runs it once per event id:
 *
 * <pre>{@code
 * @Bean
 * EventHandler<OrderCreated> reserveStockForNewOrder(StockReservations reservations) {
 *     return EventHandler.on(EventType.ORDER_CREATED, event -> reservations.reserve(event.data()));
 * }
 * }</pre>
 *
 * The returned {@code Mono} does the handler's database work; it runs inside the consumer's R2DBC
 * transaction (with the {@code processed_event} row), so it must not commit on its own. It may
 * append to the outbox: those events commit with the effect.
 */
public record EventHandler<P extends EventPayload>(EventType<P> type, Function<EventEnvelope<P>, Mono<Void>> handle) {

    public EventHandler {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handle, "handle");
    }

    public static <P extends EventPayload> EventHandler<P> on(EventType<P> type,
            Function<EventEnvelope<P>, Mono<Void>> handle) {
        return new EventHandler<>(type, handle);
    }
}
