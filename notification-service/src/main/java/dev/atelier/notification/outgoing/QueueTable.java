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
}
