package dev.atelier.platform.outbox;

import dev.atelier.platform.event.CloudEventAttributes;
import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.ReliableProducerSettings;
import dev.atelier.platform.observability.TraceHeaders;
import dev.atelier.platform.outbox.PublishableRows.PendingRow;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes pending outbox rows to Kafka, in id order per key, and marks them published.
 *
 * <p>Each round runs in one database transaction: it claims up to {@code batch-size} pending rows
 * with {@code SELECT … FOR UPDATE SKIP LOCKED} (so relays of several replicas never claim the same
 * row), publishes only those whose earlier rows of the same key are all in its own claim
 * ({@link PublishableRows}), one after another per key and keys side by side, waits for the
 * broker's ack ({@code acks=all}, idempotent producer), then sets {@code published_at} and commits.
 * A failed publish records {@code attempts}, {@code last_error} and {@code next_attempt_at}
 * (exponential back-off) and holds back the rest of its key until it succeeds; other keys go on.
 * A crash after the ack and before the commit publishes the rows again later: delivery is at least
 * once, and consumers drop duplicates by event id.
 *
 * <p>Wakes every {@code poll-interval} and right after a local append commits; runs again at once
 * while it finds full batches. Deletes published rows older than {@code retention} every
 * {@code cleanup-interval}. Database work is non-blocking; {@link KafkaTemplate#send} may block
 * while it waits for topic metadata, so sends run on the relay's own single thread, never on an
 * event loop.
 */
public final class OutboxRelay implements RelayWakeUp, SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration STATISTICS_INTERVAL = Duration.ofSeconds(10);
    private static final int MAX_ERROR_LENGTH = 2000;

    private static final String CLAIM = """
            SELECT o.id, o.event_id, o.topic, o.type, o.source, o.subject, o.event_time, o.data::text AS data, o.attempts,
                   o.traceparent, o.tracestate
            FROM atelier_platform.outbox_event o
            WHERE o.published_at IS NULL
              AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= clock_timestamp())
              AND NOT EXISTS (SELECT 1 FROM atelier_platform.outbox_event e
                              WHERE e.subject = o.subject AND e.published_at IS NULL AND e.id < o.id
                                AND e.next_attempt_at > clock_timestamp())
            ORDER BY o.id
            LIMIT $1
            FOR UPDATE OF o SKIP LOCKED
            """;
    private static final String PENDING_OF_KEYS = """
            SELECT id, subject FROM atelier_platform.outbox_event
            WHERE published_at IS NULL AND subject = ANY($1) AND id <= $2
            ORDER BY id
            """;
    private static final String MARK_PUBLISHED = """
            UPDATE atelier_platform.outbox_event
            SET published_at = clock_timestamp(), attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL
            WHERE id = ANY($1)
            """;
    private static final String MARK_FAILED = """
            UPDATE atelier_platform.outbox_event
            SET attempts = attempts + 1, last_error = $2,
                next_attempt_at = clock_timestamp() + make_interval(secs => $3)
            WHERE id = $1
            """;
    private static final String DELETE_PUBLISHED_BEFORE = """
            DELETE FROM atelier_platform.outbox_event
            WHERE published_at IS NOT NULL AND published_at < clock_timestamp() - make_interval(secs => $1)
            """;
    private static final String STATISTICS = """
            SELECT count(*) AS pending, EXTRACT(EPOCH FROM clock_timestamp() - min(created_at)) AS oldest
            FROM atelier_platform.outbox_event WHERE published_at IS NULL
            """;

    private final DatabaseClient database;
    private final TransactionalOperator transactions;
    private final CloudEventsJson json;
    private final OutboxProperties properties;
    private final DefaultKafkaProducerFactory<String, byte[]> producerFactory;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Scheduler sendThread;
    private final AtomicLong publishedCount = new AtomicLong();
    private final AtomicLong pendingRows = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private final @Nullable Counter publishedCounter;
    private final @Nullable Counter failedCounter;
    private final boolean collectStatistics;

    private final Object lifecycle = new Object();
    private volatile boolean running;
    private volatile Sinks.Many<Boolean> wakeUps = Sinks.many().multicast().directBestEffort();
    private Sinks.@Nullable Empty<Void> stopRequested;
    private @Nullable CountDownLatch loopFinished;
    private @Nullable Disposable loop;
    private @Nullable Disposable housekeeping;
    private volatile int consecutiveFailures;
    private volatile long pausedUntilNanos;

    /**
     * @param producerConfig the Kafka producer settings to start from (Boot's, usually); the relay
     *     forces {@code acks=all}, idempotence and timeouts that fit {@code publish-timeout}
     * @param meters where to report {@code atelier.outbox.*} metrics, or {@code null}
     */
    public OutboxRelay(DatabaseClient database, ReactiveTransactionManager transactionManager, CloudEventsJson json,
            Map<String, Object> producerConfig, OutboxProperties properties, @Nullable MeterRegistry meters) {
        this.database = Objects.requireNonNull(database, "database");
        this.transactions = TransactionalOperator.create(transactionManager);
        this.json = Objects.requireNonNull(json, "json");
        this.properties = Objects.requireNonNull(properties, "properties");
        this.producerFactory = new DefaultKafkaProducerFactory<>(relayProducerConfig(producerConfig, properties),
                new StringSerializer(), new ByteArraySerializer());
        this.kafka = new KafkaTemplate<>(producerFactory);
        // Failures are logged once, with the row they belong to, by markFailed.
        this.kafka.setProducerListener(new ProducerListener<>() {});
        this.sendThread = Schedulers.newSingle("outbox-relay-send", true);
        this.collectStatistics = meters != null;
        if (meters != null) {
            this.publishedCounter = Counter.builder("atelier.outbox.published")
                    .description("Outbox events published to Kafka").register(meters);
            this.failedCounter = Counter.builder("atelier.outbox.publish.failures")
                    .description("Failed attempts to publish an outbox event").register(meters);
            Gauge.builder("atelier.outbox.pending", pendingRows, AtomicLong::get)
                    .description("Outbox rows not yet published").register(meters);
            Gauge.builder("atelier.outbox.oldest.pending.age", oldestPendingSeconds, AtomicLong::get)
                    .baseUnit("seconds").description("Age of the oldest unpublished outbox row").register(meters);
        } else {
            this.publishedCounter = null;
            this.failedCounter = null;
        }
    }

    /** The producer settings the relay uses on top of {@code base}. */
    static Map<String, Object> relayProducerConfig(Map<String, Object> base, OutboxProperties properties) {
        Map<String, Object> config = ReliableProducerSettings.from(base, "-outbox");
        long timeout = properties.publishTimeout().toMillis();
        long linger = number(config.get(ProducerConfig.LINGER_MS_CONFIG), 5);
        long requestTimeout = Math.min(number(config.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG), 30_000),
                timeout - linger);
        if (requestTimeout < 1) {
            throw new IllegalArgumentException("atelier.outbox.publish-timeout (" + timeout
                    + " ms) must exceed the producer's linger.ms (" + linger + " ms)");
        }
        // The broker must answer within the publish timeout; the producer gives up by itself then.
        config.put(ProducerConfig.LINGER_MS_CONFIG, (int) linger);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestTimeout);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        return config;
    }

    /** Asks for a round soon, e.g. after an append committed. Cheap, never blocks. */
    @Override
    public void wakeUp() {
        Sinks.Many<Boolean> sink = wakeUps;
        synchronized (sink) {
            sink.tryEmitNext(Boolean.TRUE);
        }
    }

    /** Events this relay has published since it was created. */
    public long publishedCount() {
        return publishedCount.get();
    }

    @Override
    public void start() {
        synchronized (lifecycle) {
            if (running) {
                return;
            }
            Sinks.Empty<Void> stop = Sinks.empty();
            CountDownLatch finished = new CountDownLatch(1);
            wakeUps = Sinks.many().multicast().directBestEffort();
            // A wake-up during a round is kept (latest) and starts another round when it ends.
            loop = Flux.merge(Flux.interval(Duration.ZERO, properties.pollInterval()), wakeUps.asFlux())
                    .takeUntilOther(stop.asMono())
                    .onBackpressureLatest()
                    .concatMap(tick -> roundsUntilIdle(), 1)
                    .doFinally(signal -> finished.countDown())
                    .subscribe();
            // A run that outlasts its interval skips ticks; without the drop, Flux.interval would end
            // the whole schedule with an OverflowException once two ticks wait.
            Flux<Long> cleanups = Flux.interval(properties.cleanupInterval(), properties.cleanupInterval())
                    .onBackpressureDrop()
                    .concatMap(tick -> deletePublishedBefore(properties.retention())
                            .onErrorResume(e -> {
                                log.warn("Outbox clean-up failed: {}", describe(e));
                                return Mono.empty();
                            }), 1);
            Flux<Long> statistics = collectStatistics
                    ? Flux.interval(Duration.ZERO, STATISTICS_INTERVAL)
                            .onBackpressureDrop()
                            .concatMap(tick -> refreshStatistics().thenReturn(tick).onErrorResume(e -> Mono.empty()), 1)
                    : Flux.empty();
            housekeeping = Flux.merge(cleanups, statistics).takeUntilOther(stop.asMono()).subscribe();
            stopRequested = stop;
            loopFinished = finished;
            running = true;
            log.info("Outbox relay started: poll every {}, batches of {}", properties.pollInterval(), properties.batchSize());
        }
    }

    /**
     * Stops taking new rounds, lets the current one finish (up to {@code publish-timeout} and a
     * little), then closes the producer. Rows it did not publish stay pending for the next relay.
     */
    @Override
    public void stop(Runnable callback) {
        Sinks.Empty<Void> stop;
        CountDownLatch finished;
        Disposable running;
        synchronized (lifecycle) {
            if (!this.running) {
                callback.run();
                return;
            }
            this.running = false;
            stop = stopRequested;
            finished = loopFinished;
            running = loop;
            if (housekeeping != null) {
                housekeeping.dispose();
            }
        }
        stop.tryEmitEmpty();
        Thread.ofVirtual().name("outbox-relay-stop").start(() -> {
            try {
                if (!finished.await(properties.publishTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                    log.warn("Outbox relay round did not finish in time; cancelling it (its rows stay pending)");
                    running.dispose();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.dispose();
            } finally {
                producerFactory.reset();
                log.info("Outbox relay stopped");
                callback.run();
            }
        });
    }

    /** Stops and waits until stopped; call from a thread that may block (not an event loop). */
    @Override
    public void stop() {
        CountDownLatch stopped = new CountDownLatch(1);
        stop(stopped::countDown);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void destroy() {
        stop();
        producerFactory.destroy();
        sendThread.dispose();
    }

    /** Rounds back to back while they publish full batches; a failed round pauses the relay a while. */
    private Mono<Void> roundsUntilIdle() {
        if (System.nanoTime() < pausedUntilNanos) {
            return Mono.empty();
        }
        return publishRound()
                .flatMap(published -> {
                    consecutiveFailures = 0;
                    return published >= properties.batchSize() && running ? roundsUntilIdle() : Mono.<Void>empty();
                })
                .onErrorResume(e -> {
                    int failures = ++consecutiveFailures;
                    Duration pause = properties.backoffAfter(failures);
                    pausedUntilNanos = System.nanoTime() + pause.toNanos();
                    String reason = describe(e);
                    log.warn("Outbox relay round failed ({} in a row), next try in {}: {}{}", failures, pause, reason,
                            reason.contains("outbox_event") && reason.contains("does not exist")
                                    ? " (the platform schema atelier_platform is not migrated: with"
                                            + " atelier.platform.schema.migrate=false, apply classpath:db/atelier-platform)"
                                    : "");
                    return Mono.empty();
                });
    }

    /** One transaction: claim, publish what order allows, record the outcome. Emits the number published. */
    Mono<Integer> publishRound() {
        Mono<Integer> round = claim().collectList().flatMap(claimed -> {
            if (claimed.isEmpty()) {
                return Mono.just(0);
            }
            return pendingRowsOfKeys(claimed)
                    .map(pending -> PublishableRows.inKeyOrder(claimed, pending))
                    .flatMap(this::publish)
                    .flatMap(this::record);
        });
        return transactions.transactional(round);
    }

    private Flux<PendingEvent> claim() {
        return database.sql(CLAIM)
                .bind(0, properties.batchSize())
                .map((row, metadata) -> new PendingEvent(
                        Objects.requireNonNull(row.get("id", Long.class)),
                        row.get("topic", String.class),
                        new CloudEventAttributes(row.get("event_id", UUID.class), row.get("source", String.class),
                                row.get("type", String.class), row.get("event_time", Instant.class),
                                row.get("subject", String.class)),
                        row.get("data", String.class),
                        Objects.requireNonNull(row.get("attempts", Integer.class)),
                        new TraceHeaders(row.get("traceparent", String.class), row.get("tracestate", String.class))))
                .all();
    }

    private Mono<List<PendingRow>> pendingRowsOfKeys(List<PendingEvent> claimed) {
        String[] keys = claimed.stream().map(PendingEvent::key).distinct().toArray(String[]::new);
        long highest = claimed.stream().mapToLong(PendingEvent::id).max().orElseThrow();
        return database.sql(PENDING_OF_KEYS)
                .bind(0, keys)
                .bind(1, highest)
                .map((row, metadata) -> new PendingRow(Objects.requireNonNull(row.get("id", Long.class)),
                        row.get("subject", String.class)))
                .all()
                .collectList();
    }

    /** Keys side by side; within a key one at a time, stopping at the first failure. */
    private Mono<List<Outcome>> publish(List<List<PendingEvent>> runs) {
        if (runs.isEmpty()) {
            return Mono.just(List.of());
        }
        return Flux.fromIterable(runs)
                .flatMap(run -> Flux.fromIterable(run)
                        .concatMap(event -> send(event)
                                .thenReturn(new Outcome(event, null))
                                .onErrorResume(e -> Mono.just(new Outcome(event, e))), 1)
                        .takeUntil(Outcome::failed), runs.size())
                .collectList();
    }

    private Mono<Void> send(PendingEvent event) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventsJson.headers(event.attributes())
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        // The appending transaction's trace context: the consumer's span continues that trace.
        if (event.trace().traceparent() != null) {
            headers.add(TraceHeaders.TRACEPARENT, event.trace().traceparent().getBytes(StandardCharsets.UTF_8));
        }
        if (event.trace().tracestate() != null) {
            headers.add(TraceHeaders.TRACESTATE, event.trace().tracestate().getBytes(StandardCharsets.UTF_8));
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), null, event.key(),
                json.structured(event.attributes(), event.dataJson()), headers);
        return Mono.fromFuture(() -> kafka.send(record), true)
                .subscribeOn(sendThread)
                // The producer times out by itself (delivery.timeout.ms); this only guards against a lost callback.
                .timeout(properties.publishTimeout().plusSeconds(5))
                .then();
    }

    private Mono<Integer> record(List<Outcome> outcomes) {
        Long[] published = outcomes.stream().filter(outcome -> !outcome.failed())
                .map(outcome -> outcome.event().id()).toArray(Long[]::new);
        Mono<Long> markPublished = published.length == 0
                ? Mono.just(0L)
                : database.sql(MARK_PUBLISHED).bind(0, published).fetch().rowsUpdated();
        Flux<Long> markFailed = Flux.fromIterable(outcomes).filter(Outcome::failed).concatMap(this::markFailed);
        return markPublished.thenMany(markFailed).then(Mono.fromSupplier(() -> {
            publishedCount.addAndGet(published.length);
            if (publishedCounter != null) {
                publishedCounter.increment(published.length);
            }
            return published.length;
        }));
    }

    private Mono<Long> markFailed(Outcome outcome) {
        PendingEvent event = outcome.event();
        int attempts = event.attempts() + 1;
        Duration backoff = properties.backoffAfter(attempts);
        String error = describe(Objects.requireNonNull(outcome.error()));
        if (failedCounter != null) {
            failedCounter.increment();
        }
        log.warn("Publishing outbox event {} ({} for {}) failed, attempt {}, next in {}: {}", event.attributes().id(),
                event.attributes().type(), event.key(), attempts, backoff, error);
        return database.sql(MARK_FAILED)
                .bind(0, event.id())
                .bind(1, error)
                .bind(2, backoff.toNanos() / 1_000_000_000.0)
                .fetch()
                .rowsUpdated();
    }

    /** Deletes published rows older than {@code age}; emits how many. */
    public Mono<Long> deletePublishedBefore(Duration age) {
        return database.sql(DELETE_PUBLISHED_BEFORE)
                .bind(0, age.toNanos() / 1_000_000_000.0)
                .fetch()
                .rowsUpdated()
                .doOnNext(deleted -> {
                    if (deleted > 0) {
                        log.info("Outbox clean-up deleted {} published rows older than {}", deleted, age);
                    }
                });
    }

    private Mono<Void> refreshStatistics() {
        return database.sql(STATISTICS)
                .map((row, metadata) -> {
                    Number pending = row.get("pending", Number.class);
                    Number oldest = row.get("oldest", Number.class);
                    pendingRows.set(pending == null ? 0 : pending.longValue());
                    oldestPendingSeconds.set(oldest == null ? 0 : oldest.longValue());
                    return true;
                })
                .one()
                .then();
    }

    private static String describe(Throwable error) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(error);
        String text = cause.getClass().getName() + ": " + cause.getMessage();
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }

    private static long number(@Nullable Object value, long fallback) {
        if (value == null) {
            return fallback;
        }
        return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString().trim());
    }

    private record Outcome(PendingEvent event, @Nullable Throwable error) {
        boolean failed() {
            return error != null;
        }
    }
}
