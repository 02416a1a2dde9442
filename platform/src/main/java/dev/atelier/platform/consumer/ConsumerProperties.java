package dev.atelier.platform.consumer;

import java.time.Duration;
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
 * @param concurrency consumer threads (at most the number of partitions is useful)
 * @param handlerTimeout how long one event's transaction may take before the attempt fails
 */
@ConfigurationProperties("atelier.consumer")
public record ConsumerProperties(
        @DefaultValue("true") boolean enabled,
        String groupId,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("2.0") double backoffMultiplier,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("1") int concurrency,
        @DefaultValue("30s") Duration handlerTimeout) {

    public ConsumerProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("atelier.consumer.max-attempts must be at least 1");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("atelier.consumer.concurrency must be at least 1");
        }
        if (backoffMultiplier < 1.0) {
            throw new IllegalArgumentException("atelier.consumer.backoff-multiplier must be at least 1");
        }
    }
}
