package dev.atelier.platform.consumer;

import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.EventPayload;
import dev.atelier.platform.event.EventType;
import java.util.List;
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
 *
 * <p>A handler whose events each read or lock a row may {@linkplain #preparedPerPoll prepare} a poll's
 * events together: {@code prepare} runs once per transaction, before any handler of it runs, with this type's
 * events that are new to the consumer, so their reads cost one statement instead of one each.
 */
public record EventHandler<P extends EventPayload>(EventType<P> type,
        Function<List<EventEnvelope<P>>, Mono<Void>> prepare, Function<EventEnvelope<P>, Mono<Void>> handle) {

    public EventHandler {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(prepare, "prepare");
        Objects.requireNonNull(handle, "handle");
    }

    /** A handler that needs no preparation. */
    public static <P extends EventPayload> EventHandler<P> on(EventType<P> type,
            Function<EventEnvelope<P>, Mono<Void>> handle) {
        return new EventHandler<>(type, events -> Mono.empty(), handle);
    }

    /**
     * A handler with a preparation per transaction. {@code prepare} gets the type's new events of the transaction, in
     * order (a poll's, or a single event's when a poll is applied again one record at a time), before any handler of
     * that transaction runs. What it reads is the rows as they were before the poll: the service keeps it as the
     * transaction's working copy (in a {@link dev.atelier.platform.sql.BeforeCommit} buffer, say), which each
     * {@code handle} reads and updates, so an event sees what the poll's earlier events did.
     */
    public static <P extends EventPayload> EventHandler<P> preparedPerPoll(EventType<P> type,
            Function<List<EventEnvelope<P>>, Mono<Void>> prepare, Function<EventEnvelope<P>, Mono<Void>> handle) {
        return new EventHandler<>(type, prepare, handle);
    }
}
