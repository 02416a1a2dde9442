package dev.atelier.platform.consumer;

import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.event.MalformedEventException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Sorts a failed record by what a retry can do about it:
 *
 * <ul>
 *   <li>{@link Kind#TRANSIENT}: the infrastructure failed (database unreachable or restarting, R2DBC's
 *       transient errors, a broker error Kafka calls retriable, a timeout, a lost connection). The record
 *       is fine; it is retried with back-off until the infrastructure recovers, never dead-lettered, so a
 *       short outage loses no event;</li>
 *   <li>{@link Kind#UNPROCESSABLE}: the record can never be applied (not an event, an untrusted source, a
 *       value the domain refuses, an {@link UnprocessableEventException}). It goes to the dead-letter
 *       topic at once;</li>
 *   <li>{@link Kind#UNKNOWN}: anything else (a bug). Retried {@code max-attempts} times, then dead-lettered
 *       so one record cannot hold its partition for ever.</li>
 * </ul>
 */
public final class EventFailures {

    /**
     * The dead-letter header that names a refusal a replay must respect: {@code untrusted} for an event from
     * a source that does not own its topic (replaying it cannot make it trusted). {@code ./atelier dlt replay}
     * reads it; it is not a class name, so refactoring the platform cannot silently change what is replayed.
     */
    public static final String REFUSAL_HEADER = "atelier_refusal";

    /** {@link #REFUSAL_HEADER}'s value for an untrusted source. */
    public static final String UNTRUSTED = "untrusted";

    /** What a retry can do. */
    public enum Kind { TRANSIENT, UNPROCESSABLE, UNKNOWN }

    /** Never retried; each also counts when found as a cause. */
    static final List<Class<? extends Exception>> UNPROCESSABLE = List.of(MalformedEventException.class,
            UnprocessableEventException.class, InvalidValueException.class);

    private static final List<Class<? extends Throwable>> TRANSIENT = List.of(R2dbcTransientException.class,
            R2dbcNonTransientResourceException.class, R2dbcTimeoutException.class,
            TransientDataAccessException.class, DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class, RetriableException.class, TimeoutException.class,
            IOException.class);

    private EventFailures() {
    }

    public static Kind classify(Throwable failure) {
        if (anyCause(failure, cause -> isAny(cause, UNPROCESSABLE))) {
            return Kind.UNPROCESSABLE;
        }
        return anyCause(failure, cause -> isAny(cause, TRANSIENT)) ? Kind.TRANSIENT : Kind.UNKNOWN;
    }

    /** Whether {@code failure} (or one of its causes) is a refusal of an untrusted source. */
    public static boolean isUntrusted(Throwable failure) {
        return anyCause(failure, UntrustedEventException.class::isInstance);
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAny(Throwable failure, List<? extends Class<? extends Throwable>> types) {
        return types.stream().anyMatch(type -> type.isInstance(failure));
    }
}
