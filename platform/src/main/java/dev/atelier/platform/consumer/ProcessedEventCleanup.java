package dev.atelier.platform.consumer;

import dev.atelier.platform.schedule.PeriodicWork;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Keeps {@code atelier_platform.processed_event} from growing forever: every
 * {@code cleanup-interval} it deletes the rows older than {@code processed-retention}, of every
 * consumer in this database (so rows of a group id no longer used go too), as {@link PeriodicWork}.
 *
 * <p>A deleted row no longer protects its event from being applied again, which is why the
 * retention must outlast every way an event can be delivered again; see
 * {@link ConsumerProperties#processedRetention()}.
 */
public final class ProcessedEventCleanup extends PeriodicWork {

    private static final Logger log = LoggerFactory.getLogger(ProcessedEventCleanup.class);

    private static final String DELETE_PROCESSED_BEFORE = """
            DELETE FROM atelier_platform.processed_event
            WHERE processed_at < clock_timestamp() - make_interval(secs => $1)
            """;

    private final DatabaseClient database;
    private final Duration retention;

    public ProcessedEventCleanup(DatabaseClient database, Duration retention, Duration interval) {
        super("Processed-event clean-up", interval);
        this.database = Objects.requireNonNull(database, "database");
        this.retention = Objects.requireNonNull(retention, "retention");
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
    protected Mono<Long> runOnce() {
        return deleteProcessedBefore(retention);
    }
}
