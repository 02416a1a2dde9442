package dev.atelier.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.consumer.EventFailures.Kind;
import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.event.MalformedEventException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

class EventFailuresTest {

    @Test
    void infrastructure_failures_are_transient_however_deeply_wrapped() {
        assertThat(EventFailures.classify(new ListenerExecutionFailedException("listener failed",
                new CannotCreateTransactionException("no connection",
                        new R2dbcNonTransientResourceException("Connection refused"))))).isEqualTo(Kind.TRANSIENT);
        assertThat(EventFailures.classify(new IllegalStateException("Timeout on blocking read",
                new TimeoutException()))).isEqualTo(Kind.TRANSIENT);
        assertThat(EventFailures.classify(new NotLeaderOrFollowerException("moving"))).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void refusals_and_bad_records_are_unprocessable() {
        assertThat(EventFailures.classify(new ListenerExecutionFailedException("listener failed",
                new InvalidValueException("items.quantity", "must be below 10^11")))).isEqualTo(Kind.UNPROCESSABLE);
        assertThat(EventFailures.classify(new MalformedEventException("not JSON"))).isEqualTo(Kind.UNPROCESSABLE);
        assertThat(EventFailures.classify(new UntrustedEventException("forged"))).isEqualTo(Kind.UNPROCESSABLE);
    }

    @Test
    void only_an_untrusted_source_found_among_the_causes_is_untrusted() {
        assertThat(EventFailures.isUntrusted(new ListenerExecutionFailedException("listener failed",
                new UntrustedEventException("forged")))).isTrue();
        assertThat(EventFailures.isUntrusted(new MalformedEventException("not JSON"))).isFalse();
        assertThat(EventFailures.isUntrusted(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void anything_else_is_unknown() {
        assertThat(EventFailures.classify(new IllegalStateException("a bug"))).isEqualTo(Kind.UNKNOWN);
    }
}
