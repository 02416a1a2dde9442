package dev.atelier.notification.outgoing;

import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The table an {@link OutgoingQueue} works through: its repository claims due rows and settles outcomes.
 *
 * @param <M> the message row
 */
public interface QueueTable<M> {

    /** Takes up to {@code limit} due messages, counting the attempt and leasing each until {@code leaseUntil}. */
    Flux<M> claimDue(Instant now, Instant leaseUntil, int limit);

    /** Records the outcome if the row is still the one this attempt claimed; emits whether it was. */
    Mono<Boolean> settle(M outcome);

    /**
     * The claim both queues run on their table: the rows {@code dueIds} selects (locked, skipping rows
     * another replica is claiming) have the attempt counted and the lease set in the same statement;
     * {@code alsoSet} adds assignments (may be empty). Binds {@code :leaseUntil} and what {@code dueIds} binds.
     */
    static String claimSql(String table, String columns, String alsoSet, String dueIds) {
        return "UPDATE " + table + " SET attempts = attempts + 1, next_attempt_at = :leaseUntil"
                + (alsoSet.isEmpty() ? "" : ", " + alsoSet)
                + " WHERE id IN (" + dueIds + ") RETURNING " + columns;
    }

    /** Due PENDING rows, oldest due first; binds {@code :now} and {@code :limit}. */
    static String oldestDueFirst(String table) {
        return "SELECT id FROM " + table + " WHERE status = 'PENDING' AND next_attempt_at <= :now"
                + " ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED";
    }
}
