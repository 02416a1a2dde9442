package dev.atelier.platform.consumer;

import dev.atelier.platform.event.ReliableProducerSettings;
import dev.atelier.platform.event.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The Kafka side of the idempotent consumer: a listener container on the handled topics that hands
 * each record to the {@link IdempotentEventProcessor} and commits offsets only after the processor's
 * transactions committed: once per poll's records ({@code AckMode.BATCH}, no auto-commit), not once
 * per record, which cost a broker round trip per event. A crash between a record's transaction and
 * that commit redelivers the record, and its {@code processed_event} row makes it a duplicate. What happens to a
 * failing record depends on {@link EventFailures}: an infrastructure failure (database, broker,
 * timeout) is retried with back-off until it recovers; a record that can never be applied (not an
 * event, an untrusted source, a domain refusal) goes to {@code <topic>.dlt} (see
 * {@link Topics#deadLetterTopicOf}) at once; anything else is retried {@code max-attempts} times in all,
 * then dead-lettered. Dead letters carry spring-kafka's {@code kafka_dlt-exception-*} and
 * {@code kafka_dlt-original-*} headers; {@code ./atelier dlt replay} publishes them again.
 *
 * <p>The listener waits for the reactive transaction on the container's own consumer thread (never
 * an event loop): that is what ties the offset commit to the database commit.
 */
public final class IdempotentEventConsumer implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IdempotentEventConsumer.class);

    private final IdempotentEventProcessor processor;
    private final DefaultKafkaProducerFactory<String, byte[]> deadLetterProducer;
    private final ConcurrentMessageListenerContainer<String, byte[]> container;
    private final @Nullable MeterRegistry meters;

    /**
     * @param consumerConfig Kafka consumer settings to start from (Boot's, usually)
     * @param producerConfig Kafka producer settings for the dead-letter publisher
     */
    public IdempotentEventConsumer(IdempotentEventProcessor processor, ConsumerProperties properties,
            Map<String, Object> consumerConfig, Map<String, Object> producerConfig) {
        this(processor, properties, consumerConfig, producerConfig, null, null);
    }

    /**
     * @param observations when set, each record is handled in an observation whose trace continues
     *     the producer's ({@code traceparent} record header)
     * @param meters when set, the Kafka consumer's own metrics (records-lag-max and the rest) are
     *     registered there
     */
    public IdempotentEventConsumer(IdempotentEventProcessor processor, ConsumerProperties properties,
            Map<String, Object> consumerConfig, Map<String, Object> producerConfig,
            @Nullable ObservationRegistry observations, @Nullable MeterRegistry meters) {
        this.processor = Objects.requireNonNull(processor, "processor");
        this.meters = meters;
        this.deadLetterProducer = new DefaultKafkaProducerFactory<>(deadLetterProducerConfig(producerConfig),
                StringSerializer::new, ByteArraySerializer::new);
        DefaultKafkaConsumerFactory<String, byte[]> consumers = new DefaultKafkaConsumerFactory<>(
                consumerConfig(consumerConfig, processor.consumer()), StringDeserializer::new, ByteArrayDeserializer::new);
        if (meters != null) {
            consumers.addListener(new MicrometerConsumerListener<>(meters));
        }

        ContainerProperties containerProperties = new ContainerProperties(processor.topics().toArray(String[]::new));
        containerProperties.setAckMode(ContainerProperties.AckMode.BATCH);
        // kafka_deliveryAttempt on each delivery; it travels along to the dead-letter topic.
        containerProperties.setDeliveryAttemptHeader(true);
        containerProperties.setMessageListener(listener(properties));
        if (observations != null) {
            containerProperties.setObservationEnabled(true);
            containerProperties.setObservationRegistry(observations);
        }
        this.container = new ConcurrentMessageListenerContainer<>(consumers, containerProperties);
        container.setConcurrency(properties.concurrency());
        container.setBeanName("atelier-events-" + processor.consumer());
        container.setCommonErrorHandler(errorHandler(properties));
    }

    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);

    static Map<String, Object> consumerConfig(Map<String, Object> base, String groupId) {
        Map<String, Object> config = new HashMap<>(base);
        config.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        config.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A new consumer group starts from the oldest retained event, so none published before it are missed.
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // A consumer that died without leaving (kill -9, a lost node) holds its partitions until its session
        // expires: 10 s instead of Kafka's 45 s, so a restarted service takes over sooner (./atelier drill crash).
        config.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) SESSION_TIMEOUT.toMillis());
        config.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) SESSION_TIMEOUT.toMillis() / 3);
        return config;
    }

    static Map<String, Object> deadLetterProducerConfig(Map<String, Object> base) {
        return ReliableProducerSettings.from(base, "-dlt");
    }

    private MessageListener<String, byte[]> listener(ConsumerProperties properties) {
        return (ConsumerRecord<String, byte[]> record) -> {
            // The container's own consumer thread waits here, so the offset is committed after the database.
            // contextCapture: the listener's observation (a thread-local here) rides along in the Reactor
            // context, so events the handler writes continue the trace on whichever thread they are written.
            IdempotentEventProcessor.Outcome outcome = processor.process(record.topic(), record.value())
                    .contextCapture()
                    .block(properties.handlerTimeout());
            log.debug("{} {}-{}@{} (key {}): {}", processor.consumer(), record.topic(), record.partition(),
                    record.offset(), record.key(), outcome);
        };
    }

    private DefaultErrorHandler errorHandler(ConsumerProperties properties) {
        KafkaTemplate<String, byte[]> deadLetters = new KafkaTemplate<>(deadLetterProducer);
        // Partition -1: let the key choose, so the dead-letter topic may have any number of partitions.
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, exception) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
        recoverer.setHeadersFunction((record, exception) -> EventFailures.isUntrusted(exception)
                ? new RecordHeaders().add(EventFailures.REFUSAL_HEADER, EventFailures.UNTRUSTED.getBytes(StandardCharsets.UTF_8))
                : null);
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.maxAttempts() - 1);
        backOff.setInitialInterval(properties.initialBackoff().toMillis());
        backOff.setMultiplier(properties.backoffMultiplier());
        backOff.setMaxInterval(properties.maxBackoff().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler((record, exception) -> {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(exception);
            log.error("{} gives up on {}-{}@{} (key {}), publishing it to {}: {}", processor.consumer(), record.topic(),
                    record.partition(), record.offset(), record.key(), Topics.deadLetterTopicOf(record.topic()),
                    cause.toString());
            recoverer.accept(record, exception);
            countDeadLetter(record.topic(), EventFailures.classify(exception));
        }, backOff);
        EventFailures.UNPROCESSABLE.forEach(handler::addNotRetryableExceptions);
        // An outage of the database or the broker is waited out, however long: the record is fine.
        BackOff untilRecovered = untilRecovered(properties);
        handler.setBackOffFunction((record, exception) -> {
            if (EventFailures.classify(exception) != EventFailures.Kind.TRANSIENT) {
                return null;
            }
            log.warn("{} waits for the infrastructure to apply {}-{}@{}: {}", processor.consumer(), record.topic(),
                    record.partition(), record.offset(), NestedExceptionUtils.getMostSpecificCause(exception).toString());
            return untilRecovered;
        });
        handler.setCommitRecovered(true);
        return handler;
    }

    /** Exponential back-off with the configured steps and no end. */
    static BackOff untilRecovered(ConsumerProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.initialBackoff().toMillis(),
                properties.backoffMultiplier());
        backOff.setMaxInterval(properties.maxBackoff().toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return backOff;
    }

    private void countDeadLetter(String topic, EventFailures.Kind kind) {
        if (meters != null) {
            Counter.builder("atelier.consumer.dead.lettered")
                    .description("Records this consumer sent to a dead-letter topic, by why")
                    .tag("consumer", processor.consumer())
                    .tag("topic", topic)
                    .tag("failure", kind.name().toLowerCase(java.util.Locale.ROOT))
                    .register(meters)
                    .increment();
        }
    }

    /** The listener container, e.g. for tests that wait for partition assignment. */
    public ConcurrentMessageListenerContainer<String, byte[]> container() {
        return container;
    }

    @Override
    public void start() {
        container.start();
        log.info("Idempotent consumer {} listening to {}", processor.consumer(), processor.topics());
    }

    @Override
    public void stop(Runnable callback) {
        container.stop(() -> {
            deadLetterProducer.reset();
            callback.run();
        });
    }

    @Override
    public void stop() {
        container.stop();
        deadLetterProducer.reset();
    }

    @Override
    public boolean isRunning() {
        return container.isRunning();
    }

    @Override
    public int getPhase() {
        return container.getPhase();
    }

    @Override
    public void destroy() {
        if (container.isRunning()) {
            container.stop();
        }
        deadLetterProducer.destroy();
    }
}
