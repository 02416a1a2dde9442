package dev.atelier.platform.outbox;

import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.outbox.OutboxPublisher.Outcome;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Publishes pending outbox rows to Kafka, in id order per key, and marks them published.
 *
 * <p>Each round runs in one database transaction: it claims up to {@code batch-size} pending rows
 * with {@code SELECT … FOR UPDATE SKIP LOCKED} (so relays of several replicas never claim the same
 * row), publishes only those whose earlier rows of the same key are all in its own claim (the claim's
 * statement tells, {@link PublishableRows} applies it), one after another per key and keys side by side, waits for the
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
 *
 * <p>This class keeps the schedule, the rounds and the lifecycle; {@link OutboxTable} holds the
 * statements, {@link OutboxPublisher} the producer, {@link RelayBackOff} the pause after failed
 * rounds and {@link OutboxMetrics} the meters.
 */
public final class OutboxRelay implements RelayWakeUp, SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration STATISTICS_INTERVAL = Duration.ofSeconds(10);
    private static final int MAX_ERROR_LENGTH = 2000;

    private final OutboxTable table;
    private final TransactionalOperator transactions;
    private final OutboxPublisher publisher;
    private final OutboxProperties properties;
    private final OutboxMetrics metrics;
    private final RelayBackOff backOff;

    private final Object lifecycle = new Object();
    private volatile boolean running;
    private volatile Sinks.Many<Boolean> wakeUps = Sinks.many().multicast().directBestEffort();
    private Sinks.@Nullable Empty<Void> stopRequested;
    private @Nullable CountDownLatch loopFinished;
    private @Nullable Disposable loop;
    private @Nullable Disposable housekeeping;

    /**
     * @param producerConfig the Kafka producer settings to start from (Boot's, usually); the relay
     *     forces {@code acks=all}, idempotence and timeouts that fit {@code publish-timeout}
     * @param meters where to report {@code atelier.outbox.*} metrics, or {@code null}
     */
    public OutboxRelay(DatabaseClient database, ReactiveTransactionManager transactionManager, CloudEventsJson json,
            Map<String, Object> producerConfig, OutboxProperties properties, @Nullable MeterRegistry meters) {
        this.table = new OutboxTable(database);
        this.transactions = TransactionalOperator.create(transactionManager);
        this.properties = Objects.requireNonNull(properties, "properties");
        this.publisher = new OutboxPublisher(json, producerConfig, properties);
        this.metrics = new OutboxMetrics(meters);
        this.backOff = new RelayBackOff(properties);
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
        return metrics.publishedCount();
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
            Flux<Long> statistics = metrics.reportsBacklog()
                    ? Flux.interval(Duration.ZERO, STATISTICS_INTERVAL)
                            .onBackpressureDrop()
                            .concatMap(tick -> table.backlog().doOnNext(metrics::backlog).thenReturn(tick).onErrorResume(e -> Mono.empty()), 1)
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
                publisher.closeProducer();
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
        publisher.destroy();
    }

    /** Rounds back to back while they publish full batches; a failed round pauses the relay a while. */
    private Mono<Void> roundsUntilIdle() {
        if (backOff.paused()) {
            return Mono.empty();
        }
        return publishRound()
                .flatMap(published -> {
                    backOff.succeeded();
                    return published >= properties.batchSize() && running ? roundsUntilIdle() : Mono.<Void>empty();
                })
                .onErrorResume(e -> {
                    Duration pause = backOff.failed();
                    String reason = describe(e);
                    log.warn("Outbox relay round failed ({} in a row), next try in {}: {}{}", backOff.failuresInARow(), pause, reason,
                            reason.contains("outbox_event") && reason.contains("does not exist")
                                    ? " (the platform schema atelier_platform is not migrated: with"
                                            + " atelier.platform.schema.migrate=false, apply classpath:db/atelier-platform)"
                                    : "");
                    return Mono.empty();
                });
    }

    /** One transaction: claim, publish what order allows, record the outcome. Emits the number published. */
    Mono<Integer> publishRound() {
        Mono<Integer> round = table.claim(properties.batchSize()).collectList().flatMap(claimed -> {
            if (claimed.isEmpty()) {
                return Mono.just(0);
            }
            return publisher.publish(PublishableRows.inKeyOrder(claimed)).flatMap(this::record);
        });
        return transactions.transactional(round);
    }

    private Mono<Integer> record(List<Outcome> outcomes) {
        Long[] published = outcomes.stream().filter(outcome -> !outcome.failed())
                .map(outcome -> outcome.event().id()).toArray(Long[]::new);
        Flux<Long> markFailed = Flux.fromIterable(outcomes).filter(Outcome::failed).concatMap(this::markFailed);
        return table.markPublished(published).thenMany(markFailed).then(Mono.fromSupplier(() -> {
            metrics.published(published.length);
            return published.length;
        }));
    }

    private Mono<Long> markFailed(Outcome outcome) {
        PendingEvent event = outcome.event();
        int attempts = event.attempts() + 1;
        Duration backoff = properties.backoffAfter(attempts);
        String error = describe(Objects.requireNonNull(outcome.error()));
        metrics.failedAttempt();
        log.warn("Publishing outbox event {} ({} for {}) failed, attempt {}, next in {}: {}", event.attributes().id(),
                event.attributes().type(), event.key(), attempts, backoff, error);
        return table.markFailed(event.id(), error, backoff);
    }

    /** Deletes published rows older than {@code age}; emits how many. */
    public Mono<Long> deletePublishedBefore(Duration age) {
        return table.deletePublishedBefore(age)
                .doOnNext(deleted -> {
                    if (deleted > 0) {
                        log.info("Outbox clean-up deleted {} published rows older than {}", deleted, age);
                    }
                });
    }

    private static String describe(Throwable error) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(error);
        String text = cause.getClass().getName() + ": " + cause.getMessage();
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }
}
