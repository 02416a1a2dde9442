package dev.atelier.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * What the relay counts: events published (always, for {@link OutboxRelay#publishedCount()}), and,
 * with a registry, the {@code atelier.outbox.*} meters: published, failed attempts, rows pending and
 * the age of the oldest.
 */
final class OutboxMetrics {

    private final AtomicLong publishedCount = new AtomicLong();
    private final AtomicLong pendingRows = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private final @Nullable Counter publishedCounter;
    private final @Nullable Counter failedCounter;

    OutboxMetrics(@Nullable MeterRegistry meters) {
        if (meters != null) {
            this.publishedCounter = Counter.builder("atelier.outbox.published")
                    .description("Outbox events published to Kafka").register(meters);
            this.failedCounter = Counter.builder("atelier.outbox.publish.failures")
                    .description("Failed attempts to publish an outbox event").register(meters);
            Gauge.builder("atelier.outbox.pending", pendingRows, AtomicLong::get)
                    .description("Outbox rows not yet published").register(meters);
            Gauge.builder("atelier.outbox.oldest.pending.age", oldestPendingSeconds, AtomicLong::get)
                    .baseUnit("seconds").description("Age of the oldest unpublished outbox row").register(meters);
        } else {
            this.publishedCounter = null;
            this.failedCounter = null;
        }
    }

    /** Whether there is a registry, so the backlog is worth reading now and then. */
    boolean reportsBacklog() {
        return publishedCounter != null;
    }

    void published(int count) {
        publishedCount.addAndGet(count);
        if (publishedCounter != null) {
            publishedCounter.increment(count);
        }
    }

    void failedAttempt() {
        if (failedCounter != null) {
            failedCounter.increment();
        }
    }

    void backlog(OutboxTable.Backlog backlog) {
        pendingRows.set(backlog.pending());
        oldestPendingSeconds.set(backlog.oldestSeconds());
    }

    long publishedCount() {
        return publishedCount.get();
    }
}
