package dev.atelier.platform.consumer;

import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.EventPayload;
import dev.atelier.platform.event.ParsedCloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Applies an event at most once per consumer: in one R2DBC transaction it records the event id in
 * {@code atelier_platform.processed_event} and runs the type's {@link EventHandler}. When the id is
 * already recorded the handler does not run. Inserting first (not checking first) makes a
 * concurrent second delivery wait on the first one's row and then see it.
 */
public final class IdempotentEventProcessor {

    /** What happened to one record. */
    public enum Outcome {
        /** The handler ran and its effect committed with the processed_event row. */
        APPLIED,
        /** This consumer had applied the event before; nothing ran. */
        DUPLICATE,
        /** No handler for the event's type; skipped. */
        NOT_HANDLED,
        /** Not from the topic's producer ({@link TrustedSources}); refused, dead-lettered. */
        UNTRUSTED
    }

    /** Records many events in one statement and answers the ids that were not recorded before. */
    private static final String RECORD_PROCESSED = """
            INSERT INTO atelier_platform.processed_event (consumer, event_id, event_type)
            SELECT $1, event_id, event_type FROM unnest($2::uuid[], $3::text[]) AS received(event_id, event_type)
            ON CONFLICT (consumer, event_id) DO NOTHING
            RETURNING event_id
            """;

    private final DatabaseClient database;
    private final TransactionalOperator transactions;
    private final CloudEventsJson json;
    private final String consumer;
    private final Map<String, EventHandler<?>> handlers;
    private final @Nullable MeterRegistry meters;

    private final TrustedSources trustedSources;

    public IdempotentEventProcessor(DatabaseClient database, ReactiveTransactionManager transactionManager,
            CloudEventsJson json, String consumer, Collection<EventHandler<?>> handlers, @Nullable MeterRegistry meters) {
        this(database, transactionManager, json, consumer, handlers, meters, new TrustedSources(Map.of()));
    }

    public IdempotentEventProcessor(DatabaseClient database, ReactiveTransactionManager transactionManager,
            CloudEventsJson json, String consumer, Collection<EventHandler<?>> handlers, @Nullable MeterRegistry meters,
            TrustedSources trustedSources) {
        this.trustedSources = Objects.requireNonNull(trustedSources, "trustedSources");
        this.database = Objects.requireNonNull(database, "database");
        this.transactions = TransactionalOperator.create(transactionManager);
        this.json = Objects.requireNonNull(json, "json");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.meters = meters;
        Map<String, EventHandler<?>> byType = new LinkedHashMap<>();
        for (EventHandler<?> handler : handlers) {
            EventHandler<?> previous = byType.putIfAbsent(handler.type().name(), handler);
            if (previous != null) {
                throw new IllegalStateException("Two EventHandler beans for " + handler.type()
                        + ": one handler per event type, so each event id is applied once");
            }
        }
        this.handlers = Map.copyOf(byType);
    }

    /** The consumer name recorded in {@code processed_event}. */
    public String consumer() {
        return consumer;
    }

    /** The topics of the handled types. */
    public Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        handlers.values().forEach(handler -> topics.add(handler.type().topic()));
        return topics;
    }

    /**
     * Processes one structured-mode CloudEvent in its own transaction. Errors with
     * {@link dev.atelier.platform.event.MalformedEventException} when the record cannot be read as
     * an event its handler accepts, and with the handler's error when it fails (nothing committed).
     */
    public Mono<Outcome> process(byte[] value) {
        return process(null, value);
    }

    /**
     * As {@link #process(byte[])}, for a record read from {@code topic}: an event whose source is not the
     * topic's producer fails with {@link UntrustedEventException} (the consumer counts it as {@code untrusted}) and runs
     * nothing.
     */
    public Mono<Outcome> process(@Nullable String topic, byte[] value) {
        return Mono.defer(() -> {
            Received event = receive(topic, value);
            if (event instanceof Received.NotHandled) {
                return Mono.just(Outcome.NOT_HANDLED);
            }
            List<Received> events = List.of(event);
            return recordFirstTimes(events)
                    .flatMap(first -> prepare(events, first).then(handle(event, first.getFirst())))
                    .as(transactions::transactional);
        }).doOnNext(this::count);
    }

    /**
     * Runs {@code work} in one transaction: a poll's {@link #recordFirstTimes}, {@link #prepare} and {@link #handle} calls,
     * which commit together; the caller {@link #count counts} their outcomes once they did. A poll of
     * {@code received} events that this consumer has no handler for writes nothing, so it runs without a
     * transaction: order-service, say, reads every {@code stock.changed} only to skip it, and a
     * transaction would cost it a connection, a {@code BEGIN} and a {@code COMMIT} each time.
     */
    public <T> Mono<T> inOneTransaction(List<Received> received, Mono<T> work) {
        return received.stream().anyMatch(Received.Handled.class::isInstance) ? transactions.transactional(work) : work;
    }

    /**
     * Reads a record as an event of this consumer. Fails with
     * {@link dev.atelier.platform.event.MalformedEventException} when it is not an event its handler
     * accepts, and with {@link UntrustedEventException} when it comes from {@code topic} but not from
     * that topic's producer.
     */
    public Received receive(@Nullable String topic, byte[] value) {
        ParsedCloudEvent event = json.parse(value);
        if (topic != null) {
            trustedSources.check(topic, event.attributes().source());
        }
        EventHandler<?> handler = handlers.get(event.attributes().type());
        return handler == null ? new Received.NotHandled() : received(event, handler);
    }

    private <P extends EventPayload> Received received(ParsedCloudEvent event, EventHandler<P> handler) {
        EventEnvelope<P> envelope = json.typed(event, handler.type());
        return new Received.Handled(envelope, handler);
    }

    /**
     * Records the handled events among {@code events} as processed, in the caller's transaction and in
     * one statement (a poll's events need one round trip, not one each), and answers, for each of
     * {@code events} in order, whether this is the first time this consumer sees it: not recorded
     * before, and not earlier in the list.
     */
    public Mono<List<Boolean>> recordFirstTimes(List<Received> events) {
        List<EventEnvelope<?>> handled = events.stream()
                .filter(Received.Handled.class::isInstance)
                .<EventEnvelope<?>>map(event -> ((Received.Handled) event).envelope())
                .toList();
        Mono<Set<UUID>> recorded = handled.isEmpty() ? Mono.just(Set.of()) : database.sql(RECORD_PROCESSED)
                .bind(0, consumer)
                .bind(1, handled.stream().map(EventEnvelope::id).toArray(UUID[]::new))
                .bind(2, handled.stream().map(EventEnvelope::type).toArray(String[]::new))
                .map(row -> row.get("event_id", UUID.class))
                .all()
                .collect(Collectors.toSet());
        return recorded.map(newlyRecorded -> {
            Set<UUID> unseen = new HashSet<>(newlyRecorded);
            return events.stream()
                    .map(event -> event instanceof Received.Handled one && unseen.remove(one.envelope().id()))
                    .toList();
        });
    }

    /**
     * Runs each handler's {@link EventHandler#prepare preparation} once, in the caller's transaction, with the
     * events of its type among {@code events} that this consumer sees for the first time ({@code firstTimes}, from
     * {@link #recordFirstTimes}), in order; the handlers in the order their types first appear. Call it before
     * {@link #handle}.
     */
    public Mono<Void> prepare(List<Received> events, List<Boolean> firstTimes) {
        Map<EventHandler<?>, List<EventEnvelope<?>>> byHandler = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Received.Handled handled && firstTimes.get(i)) {
                byHandler.computeIfAbsent(handled.handler(), handler -> new ArrayList<>()).add(handled.envelope());
            }
        }
        return Flux.fromIterable(byHandler.entrySet())
                .concatMap(entry -> prepare(entry.getKey(), entry.getValue()))
                .then();
    }

    @SuppressWarnings("unchecked") // the envelope was typed by this handler's own type (received)
    private static <P extends EventPayload> Mono<Void> run(EventHandler<P> handler, EventEnvelope<?> event) {
        return Mono.defer(() -> handler.handle().apply((EventEnvelope<P>) event));
    }

    @SuppressWarnings("unchecked") // each envelope was typed by this handler's own type (received)
    private static <P extends EventPayload> Mono<Void> prepare(EventHandler<P> handler, List<EventEnvelope<?>> events) {
        List<EventEnvelope<P>> typed = events.stream().map(event -> (EventEnvelope<P>) event).toList();
        return Mono.defer(() -> handler.prepare().apply(typed));
    }

    /**
     * Runs the event's handler when this is the {@code firstTime} it is seen ({@link #recordFirstTimes}),
     * in the caller's transaction; otherwise runs nothing.
     */
    public Mono<Outcome> handle(Received event, boolean firstTime) {
        return switch (event) {
            case Received.NotHandled notHandled -> Mono.just(Outcome.NOT_HANDLED);
            case Received.Handled handled when firstTime -> run(handled.handler(), handled.envelope()).thenReturn(Outcome.APPLIED);
            case Received.Handled handled -> Mono.just(Outcome.DUPLICATE);
        };
    }

    /** A record read as an event of this consumer: one its handler takes, with the handler's work, or one it skips. */
    public sealed interface Received {

        /** An event of a handled type, and its handler (which typed it). */
        record Handled(EventEnvelope<?> envelope, EventHandler<?> handler) implements Received {}

        /** An event of a type this consumer has no handler for. */
        record NotHandled() implements Received {}
    }

    /** Counts an outcome in {@code atelier.consumer.events}. */
    public void count(Outcome outcome) {
        if (meters != null) {
            Counter.builder("atelier.consumer.events")
                    .description("Events the idempotent consumer received, by outcome")
                    .tag("consumer", consumer)
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .register(meters)
                    .increment();
        }
    }
}
