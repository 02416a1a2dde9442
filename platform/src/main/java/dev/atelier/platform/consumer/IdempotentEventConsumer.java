package dev.atelier.platform.consumer;

import dev.atelier.platform.event.ReliableProducerSettings;
import dev.atelier.platform.event.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Kafka side of the idempotent consumer: a listener container on the handled topics that hands each
 * poll's records to the {@link IdempotentEventProcessor} and commits their offsets once the database
 * committed ({@code AckMode.BATCH}, no auto-commit; asynchronously, so the next poll need not wait for the broker). The records of one poll (at most
 * {@code atelier.consumer.batch-size}) are applied in one transaction: one commit, not one per event,
 * which cost each consumer a transaction's round trips and a disk flush per event. When that transaction
 * fails, the records are applied again one by one, each in its own transaction, so those before the
 * failing one commit and the error handler learns which one failed ({@link BatchListenerFailedException}).
 * A crash between the database commit and the offset commit redelivers records, and their
 * {@code processed_event} rows make them duplicates.
 *
 * <p>What happens to a failing record depends on {@link EventFailures}: an infrastructure failure
 * (database, broker, timeout) is retried with back-off until it recovers; a record that can never be
 * applied (not an event, an untrusted source, a domain refusal) goes to {@code <topic>.dlt} (see
 * {@link Topics#deadLetterTopicOf}) at once; anything else is retried {@code max-attempts} times in all,
 * then dead-lettered. Dead letters carry spring-kafka's {@code kafka_dlt-exception-*} and
 * {@code kafka_dlt-original-*} headers and {@code kafka_deliveryAttempt}; {@code ./atelier dlt replay}
 * publishes them again.
 *
 * <p>Each record is handled in its own observation, whose trace continues the producer's
 * ({@code traceparent} record header); it rides in the Reactor context, so events the handler writes carry
 * it. The listener waits for the reactive transaction on the container's own consumer thread (never an
 * event loop): that is what ties the offset commit to the database commit.
 */
public final class IdempotentEventConsumer implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IdempotentEventConsumer.class);

    private final IdempotentEventProcessor processor;
    private final DefaultKafkaProducerFactory<String, byte[]> deadLetterProducer;
    private final ConcurrentMessageListenerContainer<String, byte[]> container;
    private final @Nullable MeterRegistry meters;
    private final @Nullable ObservationRegistry observations;
    private final String listenerId;

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
        this.observations = observations;
        this.listenerId = "atelier-events-" + processor.consumer();
        this.deadLetterProducer = new DefaultKafkaProducerFactory<>(deadLetterProducerConfig(producerConfig),
                StringSerializer::new, ByteArraySerializer::new);
        DefaultKafkaConsumerFactory<String, byte[]> consumers = new DefaultKafkaConsumerFactory<>(
                consumerConfig(consumerConfig, processor.consumer(), properties.batchSize()), StringDeserializer::new, ByteArrayDeserializer::new);
        if (meters != null) {
            consumers.addListener(new MicrometerConsumerListener<>(meters));
        }

        ContainerProperties containerProperties = new ContainerProperties(processor.topics().toArray(String[]::new));
        containerProperties.setAckMode(ContainerProperties.AckMode.BATCH);
        // The offsets go to the broker without the consumer thread waiting for its answer: the next poll starts
        // a round trip sooner. A commit lost to a crash or a rebalance only redelivers records that are duplicates.
        containerProperties.setSyncCommits(false);
        containerProperties.setMessageListener(listener(properties));
        this.container = new ConcurrentMessageListenerContainer<>(consumers, containerProperties);
        container.setConcurrency(properties.concurrency());
        container.setBeanName(listenerId);
        container.setCommonErrorHandler(FailingRecords.errorHandler(processor.consumer(), properties,
                new KafkaTemplate<>(deadLetterProducer), meters));
    }

    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);

    static Map<String, Object> consumerConfig(Map<String, Object> base, String groupId, int batchSize) {
        Map<String, Object> config = new HashMap<>(base);
        config.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        config.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A poll's records share one transaction; this bounds how many (Kafka's default is 500).
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, batchSize);
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

    private BatchMessageListener<String, byte[]> listener(ConsumerProperties properties) {
        return records -> {
            // The container's own consumer thread waits here, so the offsets are committed after the database.
            List<IdempotentEventProcessor.Outcome> outcomes;
            try {
                outcomes = applyInOneTransaction(records).block(properties.handlerTimeout());
            } catch (FailedInPoll failed) {
                // The transaction rolled back: those before the failed record are applied on their own, the
                // failed one goes to the error handler without running a second time in this delivery.
                applyOneByOne(records.subList(0, failed.index), properties);
                throw failedRecord(records.get(failed.index), failed.getCause());
            } catch (RuntimeException pollFailed) {
                // Failed as a whole (at the commit, say): each record on its own finds out which one it was.
                log.debug("{}: the transaction of {} records failed ({}); applying them one by one",
                        processor.consumer(), records.size(), pollFailed.toString());
                applyOneByOne(records, properties);
                return;
            }
            for (int i = 0; i < records.size(); i++) {
                processor.count(outcomes.get(i));
                logApplied(records.get(i), outcomes.get(i));
            }
        };
    }

    /**
     * The poll's records in one transaction: their {@code processed_event} rows in one statement, the handlers'
     * preparations for the poll, then each new event's handler in order, in the record's observation.
     */
    private Mono<List<IdempotentEventProcessor.Outcome>> applyInOneTransaction(List<ConsumerRecord<String, byte[]>> records) {
        return Mono.defer(() -> {
            List<IdempotentEventProcessor.Received> received = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                try {
                    received.add(processor.receive(records.get(i).topic(), records.get(i).value()));
                } catch (RuntimeException failure) {
                    // Observed like any record, so a malformed or untrusted one still shows as a failed receive.
                    int index = i;
                    return observed(records.get(index), Mono.<List<IdempotentEventProcessor.Outcome>>error(failure))
                            .onErrorMap(error -> new FailedInPoll(index, error));
                }
            }
            return processor.inOneTransaction(received, processor.recordFirstTimes(received)
                    // A failed preparation fails the poll as a whole: one by one, each record finds out for itself.
                    .flatMap(firstTimes -> processor.prepare(received, firstTimes).then(Flux.range(0, records.size())
                            .concatMap(index -> observed(records.get(index), processor.handle(received.get(index),
                                    firstTimes.get(index))).onErrorMap(failure -> new FailedInPoll(index, failure)))
                            .collectList())));
        });
    }

    /** Which record of a poll failed, and why; its transaction is rolled back. */
    private static final class FailedInPoll extends RuntimeException {

        private final int index;

        FailedInPoll(int index, Throwable cause) {
            super(cause);
            this.index = index;
        }
    }

    /** Each record in its own transaction; the first that fails is handed to the error handler. */
    private void applyOneByOne(List<ConsumerRecord<String, byte[]>> records, ConsumerProperties properties) {
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                logApplied(record, observed(record, processor.process(record.topic(), record.value()))
                        .block(properties.handlerTimeout()));
            } catch (RuntimeException failed) {
                throw failedRecord(record, failed);
            }
        }
    }

    /**
     * Tells the error handler which record failed: those before it are committed, it is retried or
     * dead-lettered (the records after it are delivered again). A refusal of an untrusted source counts here,
     * once per delivery, whichever way the record was applied.
     */
    private BatchListenerFailedException failedRecord(ConsumerRecord<String, byte[]> record, Throwable cause) {
        if (EventFailures.isUntrusted(cause)) {
            processor.count(IdempotentEventProcessor.Outcome.UNTRUSTED);
        }
        return new BatchListenerFailedException(processor.consumer() + " could not apply " + record.topic() + "-"
                + record.partition() + "@" + record.offset(), cause, record);
    }

    /** {@code work} in the record's observation, which continues the producer's trace and rides in the Reactor context. */
    private <T> Mono<T> observed(ConsumerRecord<String, byte[]> record, Mono<T> work) {
        if (observations == null) {
            return work;
        }
        return Mono.defer(() -> {
            Observation observation = KafkaListenerObservation.LISTENER_OBSERVATION.observation(null,
                    KafkaListenerObservation.DefaultKafkaListenerObservationConvention.INSTANCE,
                    () -> new KafkaRecordReceiverContext(record, listenerId, listenerId, processor.consumer(), () -> null),
                    observations).start();
            return work.doOnError(observation::error)
                    .doFinally(signal -> observation.stop())
                    .contextWrite(context -> context.put(ObservationThreadLocalAccessor.KEY, observation));
        });
    }

    private void logApplied(ConsumerRecord<String, byte[]> record, IdempotentEventProcessor.@Nullable Outcome outcome) {
        log.debug("{} {}-{}@{} (key {}): {}", processor.consumer(), record.topic(), record.partition(),
                record.offset(), record.key(), outcome);
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
