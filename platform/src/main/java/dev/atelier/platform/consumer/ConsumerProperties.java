package dev.atelier.platform.consumer;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atelier.consumer.*}: the idempotent consumer.
 *
 * @param enabled whether the consumer runs (it also needs at least one {@link EventHandler} bean)
 * @param groupId the Kafka consumer group, also the {@code consumer} in {@code processed_event};
 *     defaults to {@code spring.kafka.consumer.group-id}, then {@code spring.application.name}
 * @param maxAttempts deliveries of one record before it goes to the dead-letter topic (a record
 *     that cannot be parsed goes there at once)
 * @param initialBackoff wait before the second attempt
 * @param backoffMultiplier growth of the wait per attempt
 * @param maxBackoff longest wait between attempts
 * @param concurrency consumer threads; each reads its own partitions, so at most the number of
 *     partitions is useful. 3 matches the topics of local and compose runs: with one thread, one
 *     transaction at a time fell behind the create benchmark's events (docs/benchmark.md)
 * @param batchSize most records of one poll, applied in one transaction (Kafka's {@code max.poll.records})
 * @param handlerTimeout how long one poll's transaction (or, after it failed, one event's) may take before
 *     the attempt fails
 * @param processedRetention how long a {@code processed_event} row is kept before the clean-up
 *     deletes it. That row is the only thing that makes a redelivered event a duplicate: once it is
 *     gone, the same event arriving again is applied again. So it must be longer than any window in
 *     which an event can come back: the topics' retention (a new consumer group, or one whose
 *     offsets were reset or expired, reads every record still retained) and the time in which the
 *     outbox relay may publish an event again after a crash. Kafka keeps records and committed
 *     offsets 7 days by default; the default here is 30.
 * @param cleanupInterval how often the clean-up of old {@code processed_event} rows runs
 * @param trustedSources per topic, the CloudEvents {@code source} of the only producer that writes it
 *     ({@code atelier-defaults.yml} names Atelier's own); an event on that topic from any other source is
 *     dead-lettered, never applied. A topic without an entry accepts any source
 * @param deadLetterCheckInterval how often the depth of each dead-letter topic is read from the broker
 *     for the {@code atelier.consumer.dead.letters} gauge
 */
@ConfigurationProperties("atelier.consumer")
public record ConsumerProperties(
        @DefaultValue("true") boolean enabled,
        String groupId,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("2.0") double backoffMultiplier,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("3") int concurrency,
        @DefaultValue("50") int batchSize,
        @DefaultValue("30s") Duration handlerTimeout,
        @DefaultValue("30d") Duration processedRetention,
        @DefaultValue("1h") Duration cleanupInterval,
        Map<String, String> trustedSources,
        @DefaultValue("30s") Duration deadLetterCheckInterval) {

    public ConsumerProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("atelier.consumer.max-attempts must be at least 1");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("atelier.consumer.concurrency must be at least 1");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("atelier.consumer.batch-size must be at least 1");
        }
        if (backoffMultiplier < 1.0) {
            throw new IllegalArgumentException("atelier.consumer.backoff-multiplier must be at least 1");
        }
        requirePositive(processedRetention, "processed-retention");
        requirePositive(cleanupInterval, "cleanup-interval");
        requirePositive(deadLetterCheckInterval, "dead-letter-check-interval");
        trustedSources = trustedSources == null ? Map.of() : Map.copyOf(trustedSources);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("atelier.consumer." + name + " must be positive");
        }
    }
}
