package dev.atelier.platform.consumer;

import dev.atelier.platform.event.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.TopicPartitionOffset;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What the idempotent consumer's container does with a record that failed, sorted by {@link EventFailures}:
 * retried with back-off until the infrastructure recovers, dead-lettered at once, or retried
 * {@code max-attempts} times and then dead-lettered. Dead letters go to {@code <topic>.dlt}, are logged
 * and counted ({@code atelier.consumer.dead.lettered}).
 */
final class FailingRecords {

    private static final Logger log = LoggerFactory.getLogger(FailingRecords.class);

    private FailingRecords() {
    }

    /**
     * @param consumer the consumer's name, for logs and metrics
     * @param deadLetters where dead letters are published
     * @param meters where {@code atelier.consumer.dead.lettered} counts, when set
     */
    static DefaultErrorHandler errorHandler(String consumer, ConsumerProperties properties,
            KafkaTemplate<String, byte[]> deadLetters, @Nullable MeterRegistry meters) {
        // Partition -1: let the key choose, so the dead-letter topic may have any number of partitions.
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, exception) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.maxAttempts() - 1);
        backOff.setInitialInterval(properties.initialBackoff().toMillis());
        backOff.setMultiplier(properties.backoffMultiplier());
        backOff.setMaxInterval(properties.maxBackoff().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler((record, exception) -> {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(exception);
            log.error("{} gives up on {}-{}@{} (key {}), publishing it to {}: {}", consumer, record.topic(),
                    record.partition(), record.offset(), record.key(), Topics.deadLetterTopicOf(record.topic()),
                    cause.toString());
            recoverer.accept(record, asRecordFailure(exception, consumer));
            countDeadLetter(meters, consumer, record.topic(), EventFailures.classify(exception));
        }, backOff);
        EventFailures.UNPROCESSABLE.forEach(handler::addNotRetryableExceptions);
        // An outage of the database or the broker is waited out, however long: the record is fine.
        BackOff untilRecovered = untilRecovered(properties);
        handler.setBackOffFunction((record, exception) -> {
            if (EventFailures.classify(exception) != EventFailures.Kind.TRANSIENT) {
                return null;
            }
            log.warn("{} waits for the infrastructure to apply {}-{}@{}: {}", consumer, record.topic(),
                    record.partition(), record.offset(), NestedExceptionUtils.getMostSpecificCause(exception).toString());
            return untilRecovered;
        });
        handler.setCommitRecovered(true);
        recoverer.setHeadersFunction((record, exception) -> deadLetterHeaders(record, exception, handler));
        return handler;
    }

    /**
     * The record's failure as a record listener's would be: the poll's listener hands it over wrapped in a
     * {@link BatchListenerFailedException} that names the record; a dead letter names the listener's wrapper
     * ({@code kafka_dlt-exception-fqcn}), what failed the record ({@code -cause-fqcn}) and the consumer group
     * ({@code kafka_dlt-original-consumer-group}), which {@code ./atelier dlt replay} and the dlt drill read.
     */
    static Exception asRecordFailure(Exception exception, String groupId) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BatchListenerFailedException named && named.getCause() != null) {
                return new ListenerExecutionFailedException(named.getMessage(), groupId, named.getCause());
            }
        }
        return exception;
    }

    /**
     * What a dead letter carries besides spring-kafka's headers: the delivery it failed on (spring-kafka sets
     * {@code kafka_deliveryAttempt} for record listeners only) and, for an untrusted source, the refusal.
     */
    private static Headers deadLetterHeaders(ConsumerRecord<?, ?> record, Exception exception, DefaultErrorHandler handler) {
        // The handler counts failed deliveries; at recovery the last one is counted and its "next attempt" is one more.
        int attempt = Math.max(1, handler.deliveryAttempt(
                new TopicPartitionOffset(record.topic(), record.partition(), record.offset())) - 1);
        Headers headers = new RecordHeaders().add(KafkaHeaders.DELIVERY_ATTEMPT, ByteBuffer.allocate(Integer.BYTES).putInt(attempt).array());
        if (EventFailures.isUntrusted(exception)) {
            headers.add(EventFailures.REFUSAL_HEADER, EventFailures.UNTRUSTED.getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** Exponential back-off with the configured steps and no end. */
    static BackOff untilRecovered(ConsumerProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.initialBackoff().toMillis(),
                properties.backoffMultiplier());
        backOff.setMaxInterval(properties.maxBackoff().toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return backOff;
    }

    private static void countDeadLetter(@Nullable MeterRegistry meters, String consumer, String topic,
            EventFailures.Kind kind) {
        if (meters != null) {
            Counter.builder("atelier.consumer.dead.lettered")
                    .description("Records this consumer sent to a dead-letter topic, by why")
                    .tag("consumer", consumer)
                    .tag("topic", topic)
                    .tag("failure", kind.name().toLowerCase(Locale.ROOT))
                    .register(meters)
                    .increment();
        }
    }
}
