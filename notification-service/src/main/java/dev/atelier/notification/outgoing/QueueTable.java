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
     * The claim both queues run on their table: due PENDING rows, oldest due first, the attempt
     * counted and the lease set in the same statement; {@code alsoSet} adds assignments (may be empty).
     * Binds {@code :now}, {@code :leaseUntil} and {@code :limit}.
     */
    static String claimDueSql(String table, String columns, String alsoSet) {
        return "UPDATE " + table + " SET attempts = attempts + 1, next_attempt_at = :leaseUntil"
                + (alsoSet.isEmpty() ? "" : ", " + alsoSet)
                + " WHERE id IN (SELECT id FROM " + table + " WHERE status = 'PENDING' AND next_attempt_at <= :now"
                + " ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED) RETURNING " + columns;
    }
}
