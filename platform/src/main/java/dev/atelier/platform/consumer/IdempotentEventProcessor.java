package dev.atelier.platform.consumer;

import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.EventPayload;
import dev.atelier.platform.event.ParsedCloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
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

    private static final String RECORD_PROCESSED = """
            INSERT INTO atelier_platform.processed_event (consumer, event_id, event_type) VALUES ($1, $2, $3)
            ON CONFLICT (consumer, event_id) DO NOTHING
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
        return apply(topic, value, transactions::transactional).doOnNext(this::count);
    }

    /**
     * As {@link #process(String, byte[])}, but in the caller's transaction ({@link #inOneTransaction}) and
     * not counted: the events of one poll commit together, and the caller {@link #count counts} their
     * outcomes once they did. A failure leaves the whole transaction to roll back.
     */
    public Mono<Outcome> applyInCallersTransaction(@Nullable String topic, byte[] value) {
        return apply(topic, value, UnaryOperator.identity());
    }

    /** Runs {@code work} (several {@link #applyInCallersTransaction} calls) in one transaction. */
    public <T> Mono<T> inOneTransaction(Mono<T> work) {
        return transactions.transactional(work);
    }

    private Mono<Outcome> apply(@Nullable String topic, byte[] value, UnaryOperator<Mono<Outcome>> transaction) {
        return Mono.defer(() -> {
            ParsedCloudEvent event = json.parse(value);
            if (topic != null) {
                trustedSources.check(topic, event.attributes().source());
            }
            EventHandler<?> handler = handlers.get(event.attributes().type());
            if (handler == null) {
                return Mono.just(Outcome.NOT_HANDLED);
            }
            return transaction.apply(recordAndHandle(event, handler));
        });
    }

    private <P extends EventPayload> Mono<Outcome> recordAndHandle(ParsedCloudEvent event, EventHandler<P> handler) {
        EventEnvelope<P> envelope = json.typed(event, handler.type());
        return database.sql(RECORD_PROCESSED)
                .bind(0, consumer)
                .bind(1, envelope.id())
                .bind(2, envelope.type())
                .fetch()
                .rowsUpdated()
                .flatMap(inserted -> inserted == 0
                        ? Mono.just(Outcome.DUPLICATE)
                        : Mono.defer(() -> handler.handle().apply(envelope)).thenReturn(Outcome.APPLIED));
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
