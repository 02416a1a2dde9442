package dev.atelier.platform.outbox;

import dev.atelier.platform.event.CloudEventAttributes;
import dev.atelier.platform.observability.TraceHeaders;
import dev.atelier.platform.outbox.PublishableRows.ClaimedRow;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The relay's statements on {@code atelier_platform.outbox_event}: claim a batch (with what of it must
 * wait for another relay), mark rows published or failed, delete old published rows, count what waits.
 * Times are the database's ({@code clock_timestamp()}), so replicas agree on them.
 */
final class OutboxTable {

    /**
     * Claims the due rows and, in the same statement, says of each whether an earlier pending row of its key is
     * outside the claim (held by another relay): such a row must wait. An earlier row of a key always commits
     * first (appends lock their aggregate), so the statement's snapshot holds every earlier row of a row it sees.
     */
    private static final String CLAIM = """
            WITH claimed AS (
                SELECT o.id, o.event_id, o.topic, o.type, o.source, o.subject, o.event_time, o.data::text AS data,
                       o.attempts, o.traceparent, o.tracestate
                FROM atelier_platform.outbox_event o
                WHERE o.published_at IS NULL
                  AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= clock_timestamp())
                  AND NOT EXISTS (SELECT 1 FROM atelier_platform.outbox_event e
                                  WHERE e.subject = o.subject AND e.published_at IS NULL AND e.id < o.id
                                    AND e.next_attempt_at > clock_timestamp())
                ORDER BY o.id
                LIMIT $1
                FOR UPDATE OF o SKIP LOCKED)
            SELECT c.*, EXISTS (SELECT 1 FROM atelier_platform.outbox_event e
                                WHERE e.subject = c.subject AND e.published_at IS NULL AND e.id < c.id
                                  AND e.id NOT IN (SELECT id FROM claimed)) AS held_back
            FROM claimed c
            ORDER BY c.id
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

    /** How many rows wait to be published and how old the oldest is, in whole seconds. */
    record Backlog(long pending, long oldestSeconds) {
    }

    private final DatabaseClient database;

    OutboxTable(DatabaseClient database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Locks up to {@code limit} rows that are due, skipping rows another relay holds and keys whose
     * earlier row is still backing off, in id order. Call inside a transaction.
     */
    Flux<ClaimedRow> claim(int limit) {
        return database.sql(CLAIM)
                .bind(0, limit)
                .map((row, metadata) -> new ClaimedRow(new PendingEvent(
                        Objects.requireNonNull(row.get("id", Long.class)),
                        row.get("topic", String.class),
                        new CloudEventAttributes(row.get("event_id", UUID.class), row.get("source", String.class),
                                row.get("type", String.class), row.get("event_time", Instant.class),
                                row.get("subject", String.class)),
                        row.get("data", String.class),
                        Objects.requireNonNull(row.get("attempts", Integer.class)),
                        new TraceHeaders(row.get("traceparent", String.class), row.get("tracestate", String.class))),
                        Boolean.TRUE.equals(row.get("held_back", Boolean.class))))
                .all();
    }

    Mono<Long> markPublished(Long[] ids) {
        return ids.length == 0 ? Mono.just(0L) : database.sql(MARK_PUBLISHED).bind(0, ids).fetch().rowsUpdated();
    }

    /** Counts the attempt, keeps the error and holds the row back for {@code backoff}. */
    Mono<Long> markFailed(long id, String error, Duration backoff) {
        return database.sql(MARK_FAILED)
                .bind(0, id)
                .bind(1, error)
                .bind(2, seconds(backoff))
                .fetch()
                .rowsUpdated();
    }

    Mono<Long> deletePublishedBefore(Duration age) {
        return database.sql(DELETE_PUBLISHED_BEFORE).bind(0, seconds(age)).fetch().rowsUpdated();
    }

    Mono<Backlog> backlog() {
        return database.sql(STATISTICS)
                .map((row, metadata) -> {
                    Number pending = row.get("pending", Number.class);
                    Number oldest = row.get("oldest", Number.class);
                    return new Backlog(pending == null ? 0 : pending.longValue(), oldest == null ? 0 : oldest.longValue());
                })
                .one();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1_000_000_000.0;
    }
}
