package dev.atelier.platform.outbox;

import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.EventPayload;
import dev.atelier.platform.event.EventType;
import dev.atelier.platform.observability.TraceContextSource;
import dev.atelier.platform.observability.TraceHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * Where a service writes the events of a state change, in the same R2DBC transaction as the change:
 *
 * <pre>{@code
 * return orders.save(order)
 *         .flatMap(saved -> outbox.append(new OrderCreated(...)).thenReturn(saved))
 *         .as(transactions::transactional);   // or a @Transactional method
 * }</pre>
 *
 * The row commits or rolls back with the change; the {@link OutboxRelay} publishes it afterwards.
 * Append after the aggregate's own write, so that the aggregate's row lock orders concurrent
 * transactions of one aggregate and the outbox ids follow their commit order.
 */
public final class Outbox {

    private static final String INSERT = """
            INSERT INTO atelier_platform.outbox_event
                (event_id, topic, type, source, subject, event_time, data, traceparent, tracestate)
            VALUES\s""";

    private static final int COLUMNS = 9;

    /** The statement of most appends, built once. */
    private static final String INSERT_ONE = insertOf(1);

    private final DatabaseClient database;
    private final CloudEventsJson json;
    private final String source;
    private final Runnable onCommit;
    private final TraceContextSource traces;

    /**
     * @param onCommit run after a transaction with an append commits (wakes the local relay); must
     *     be cheap and must not block
     */
    public Outbox(DatabaseClient database, CloudEventsJson json, String source, Runnable onCommit) {
        this(database, json, source, onCommit, TraceContextSource.NONE);
    }

    /** @param traces the trace context kept with each event, for the relay to send along */
    public Outbox(DatabaseClient database, CloudEventsJson json, String source, Runnable onCommit,
            TraceContextSource traces) {
        this.database = Objects.requireNonNull(database, "database");
        this.json = Objects.requireNonNull(json, "json");
        this.source = Objects.requireNonNull(source, "source");
        this.onCommit = Objects.requireNonNull(onCommit, "onCommit");
        this.traces = Objects.requireNonNull(traces, "traces");
    }

    /** This service's CloudEvents {@code source}. */
    public String source() {
        return source;
    }

    /**
     * Appends an event for {@code payload}: type and topic from {@link EventType}, subject and key
     * from its aggregate, a new id. Fails unless a transaction is active.
     */
    public <P extends EventPayload> Mono<Void> append(P payload) {
        return appendAll(List.of(payload));
    }

    /** Appends a ready-made envelope (its id must be new). Fails unless a transaction is active. */
    public Mono<Void> append(EventEnvelope<?> envelope) {
        return appendEnvelopes(List.of(envelope));
    }

    /**
     * Appends the events of one change in one statement, in list order (their outbox ids, and so
     * their publishing order, follow it). Nothing to append is a no-op. Fails unless a transaction is
     * active.
     */
    public Mono<Void> appendAll(List<? extends EventPayload> payloads) {
        return Mono.fromSupplier(() -> payloads.stream().<EventEnvelope<?>>map(p -> EventEnvelope.of(source, p)).toList())
                .flatMap(this::appendEnvelopes);
    }

    private Mono<Void> appendEnvelopes(List<EventEnvelope<?>> envelopes) {
        if (envelopes.isEmpty()) {
            return Mono.empty();
        }
        return Mono.defer(() -> {
            List<String> data = new ArrayList<>(envelopes.size());
            for (EventEnvelope<?> envelope : envelopes) {
                EventType<?> type = envelope.eventType();
                if (!type.name().equals(envelope.type())) {
                    return Mono.error(new IllegalArgumentException("envelope type " + envelope.type() + " does not match its "
                            + envelope.data().getClass().getSimpleName() + " data (" + type + ")"));
                }
                data.add(json.dataJson(envelope.data()));
            }
            return activeTransaction().zipWith(traces.current()).flatMap(context -> {
                TraceHeaders trace = context.getT2();
                DatabaseClient.GenericExecuteSpec spec = database.sql(
                        envelopes.size() == 1 ? INSERT_ONE : insertOf(envelopes.size()));
                for (int i = 0; i < envelopes.size(); i++) {
                    EventEnvelope<?> envelope = envelopes.get(i);
                    int at = i * COLUMNS;
                    spec = spec.bind(at, envelope.id())
                            .bind(at + 1, envelope.eventType().topic())
                            .bind(at + 2, envelope.type())
                            .bind(at + 3, envelope.source())
                            .bind(at + 4, envelope.subject())
                            .bind(at + 5, envelope.time())
                            .bind(at + 6, data.get(i));
                    spec = nullable(nullable(spec, at + 7, trace.traceparent()), at + 8, trace.tracestate());
                }
                return spec.fetch()
                        .rowsUpdated()
                        .doOnSuccess(inserted -> context.getT1().registerSynchronization(new WakeRelayAfterCommit(onCommit)))
                        .then();
            });
        });
    }

    /** {@code INSERT ... VALUES ($1, ..., $9), ($10, ...)}: one row of placeholders per event. */
    private static String insertOf(int rows) {
        StringJoiner values = new StringJoiner(", ");
        for (int row = 0; row < rows; row++) {
            int at = row * COLUMNS;
            values.add("($%d, $%d, $%d, $%d, $%d, $%d, $%d::jsonb, $%d, $%d)".formatted(at + 1, at + 2, at + 3, at + 4,
                    at + 5, at + 6, at + 7, at + 8, at + 9));
        }
        return INSERT + values;
    }

    private static DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, int index,
            @Nullable String value) {
        return value == null ? spec.bindNull(index, String.class) : spec.bind(index, value);
    }

    private static Mono<TransactionSynchronizationManager> activeTransaction() {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .filter(TransactionSynchronizationManager::isActualTransactionActive)
                .onErrorResume(NoTransactionException.class, e -> Mono.empty())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException(
                        "Outbox.append needs an active R2DBC transaction (TransactionalOperator or @Transactional):"
                                + " without one the event and the state change would not commit together")));
    }

    private record WakeRelayAfterCommit(Runnable onCommit) implements TransactionSynchronization {
        @Override
        public Mono<Void> afterCommit() {
            return Mono.fromRunnable(onCommit);
        }
    }
}
