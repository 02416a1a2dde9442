package dev.atelier.platform.consumer;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps {@code atelier_platform.processed_event} from growing forever: every
 * {@code cleanup-interval} it deletes the rows older than {@code processed-retention}, of every
 * consumer in this database (so rows of a group id no longer used go too). Non-blocking; a failed
 * run is logged and the next one tries again; stops with the application.
 *
 * <p>A deleted row no longer protects its event from being applied again, which is why the
 * retention must outlast every way an event can be delivered again; see
 * {@link ConsumerProperties#processedRetention()}.
 */
public final class ProcessedEventCleanup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessedEventCleanup.class);

    private static final String DELETE_PROCESSED_BEFORE = """
            DELETE FROM atelier_platform.processed_event
            WHERE processed_at < clock_timestamp() - make_interval(secs => $1)
            """;

    private final DatabaseClient database;
    private final Duration retention;
    private final Duration interval;
    private final Object lifecycle = new Object();
    private @Nullable Disposable runs;

    public ProcessedEventCleanup(DatabaseClient database, Duration retention, Duration interval) {
        this.database = Objects.requireNonNull(database, "database");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    /** Deletes rows processed longer than {@code age} ago; emits how many. */
    public Mono<Long> deleteProcessedBefore(Duration age) {
        return database.sql(DELETE_PROCESSED_BEFORE)
                .bind(0, age.toNanos() / 1_000_000_000.0)
                .fetch()
                .rowsUpdated()
                .doOnNext(deleted -> {
                    if (deleted > 0) {
                        log.info("Processed-event clean-up deleted {} rows older than {}", deleted, age);
                    }
                });
    }

    @Override
    public void start() {
        synchronized (lifecycle) {
            if (runs != null) {
                return;
            }
            runs = Flux.interval(interval, interval)
                    // A run that outlasts the interval skips ticks instead of ending the schedule.
                    .onBackpressureDrop()
                    .concatMap(tick -> deleteProcessedBefore(retention)
                            .onErrorResume(e -> {
                                log.warn("Processed-event clean-up failed: {}",
                                        NestedExceptionUtils.getMostSpecificCause(e).toString());
                                return Mono.empty();
                            }), 1)
                    .subscribe();
        }
    }

    /** Stops the runs; a delete under way is cancelled, and what it left a later run deletes. */
    @Override
    public void stop() {
        synchronized (lifecycle) {
            if (runs != null) {
                runs.dispose();
                runs = null;
            }
        }
    }

    @Override
    public boolean isRunning() {
        synchronized (lifecycle) {
            return runs != null;
        }
    }
}
