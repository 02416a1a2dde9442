package dev.atelier.notification.outgoing;

import dev.atelier.platform.schedule.PeriodicWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * A table of messages waiting to go out, worked through every {@code atelier.notifications.sender-interval}
 * (and at once again after a round that found a full batch): claim a batch of due rows (each leased
 * for {@code send-lease}, rows another replica is claiming skipped), attempt a few at a time, and
 * record an outcome only while the row is still this attempt's. A replica that dies mid-attempt
 * leaves the row to be taken over when its lease ends. The customers' e-mails and the webhook
 * deliveries are two such queues.
 *
 * @param <M> a message row: claimed, it has its attempt counted; its outcome is the row to settle
 */
public abstract class OutgoingQueue<M> extends PeriodicWork {

    private static final Logger log = LoggerFactory.getLogger(OutgoingQueue.class);

    private final String what;
    private final QueueTable<M> table;
    private final Function<M, ?> id;
    private final Duration lease;
    private final int batchSize;
    private final int parallel;
    protected final Clock clock;

    /**
     * How often a queue is worked through and how much at a time.
     *
     * @param interval between rounds
     * @param lease how long one attempt may take before another round takes the message over
     * @param batchSize messages claimed per round
     */
    public record Rounds(Duration interval, Duration lease, int batchSize) {
    }

    /**
     * @param what the message in log lines, e.g. "Notification"
     * @param id the message's id, for log lines
     * @param parallel attempts under way at once
     */
    protected OutgoingQueue(String what, QueueTable<M> table, Function<M, ?> id, Rounds rounds, int parallel, Clock clock) {
        super(what.toLowerCase(Locale.ROOT) + " sender", rounds.interval());
        this.what = what;
        this.table = table;
        this.id = id;
        this.lease = rounds.lease();
        this.batchSize = rounds.batchSize();
        this.parallel = parallel;
        this.clock = clock;
    }

    /** Tries a claimed message; emits its outcome (sent, skipped, to try again, failed), not an error. */
    protected abstract Mono<M> outcomeOf(M claimed);

    /** Logs and counts an outcome that was recorded. */
    protected abstract void recorded(M outcome);

    /** Rounds back to back while each claims a full batch: a backlog is worked off at the receivers' pace. */
    @Override
    protected final Mono<?> runOnce() {
        return round().expand(claimed -> claimed == batchSize ? round() : Mono.empty()).then();
    }

    /** Claims a batch and attempts it; emits how many messages were claimed. */
    private Mono<Long> round() {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            return table.claimDue(now, now.plus(lease), batchSize).flatMap(this::attempt, parallel).count();
        });
    }

    /** One attempt at a claimed message; emits its outcome once recorded (or found taken over). */
    final Mono<M> attempt(M claimed) {
        return outcomeOf(claimed).flatMap(outcome -> table.settle(outcome).map(settled -> {
            if (settled) {
                recorded(outcome);
            } else {
                log.warn("{} {}: another sender took it over before this attempt ended", what, id.apply(outcome));
            }
            return outcome;
        }));
    }
}
