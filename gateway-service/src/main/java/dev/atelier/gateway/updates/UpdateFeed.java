package dev.atelier.gateway.updates;

import dev.atelier.platform.consumer.TrustedSources;
import dev.atelier.platform.domain.Ids;
import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.ParsedCloudEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.AcknowledgingMessageListener;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;

/**
 * Reads every partition of the event topics into the {@link UpdateLog}. Each gateway replica reads in a
 * consumer group of its own ({@code atelier-gateway-updates-<random>}) and commits nothing: every replica
 * sees every event, and after a start it reads back {@code replay-window} by record time, so all replicas
 * can resume any client. Events from a source other than their topic's producer
 * ({@code atelier.consumer.trusted-sources}) and records that are not Atelier events are skipped.
 */
final class UpdateFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UpdateFeed.class);

    static final String GROUP_PREFIX = "atelier-gateway-updates-";
    private static final int FETCH_MIN_BYTES = 64 * 1024;
    private static final int FETCH_MAX_WAIT_MS = 200;

    private final UpdateLog updates;
    private final CloudEventsJson json;
    private final TrustedSources trustedSources;
    private final UpdatesProperties properties;
    private final Clock clock;
    private final KafkaMessageListenerContainer<String, byte[]> container;

    UpdateFeed(UpdateLog updates, CloudEventsJson json, TrustedSources trustedSources, UpdatesProperties properties,
            Map<String, Object> consumerConfig, Clock clock) {
        this.updates = updates;
        this.json = json;
        this.trustedSources = trustedSources;
        this.properties = properties;
        this.clock = clock;
        ContainerProperties container = new ContainerProperties(properties.topics().toArray(String[]::new));
        container.setGroupId(GROUP_PREFIX + Ids.newId());
        // The listener never acknowledges: nothing is committed, a start always seeks by time.
        container.setAckMode(ContainerProperties.AckMode.MANUAL);
        container.setMessageListener((AcknowledgingMessageListener<String, byte[]>) (record, ack) -> read(record));
        container.setConsumerRebalanceListener(new ConsumerAwareRebalanceListener() {
            @Override
            public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                seek(consumer, partitions);
            }
        });
        this.container = new KafkaMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(consumerConfig(consumerConfig), StringDeserializer::new,
                        ByteArrayDeserializer::new),
                container);
        this.container.setBeanName("atelier-gateway-updates");
    }

    static Map<String, Object> consumerConfig(Map<String, Object> base) {
        Map<String, Object> config = new HashMap<>(base);
        config.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        config.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        // Clients hear of a change within a second: the broker answers a fetch when it has gathered this
        // much or at most this late. Gathering spares the gateway a fetch per event under load.
        config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, FETCH_MIN_BYTES);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, FETCH_MAX_WAIT_MS);
        // Topics created after the gateway started (a fresh local run) are found within this.
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 30_000);
        return config;
    }

    private void seek(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        long since = clock.instant().minus(properties.replayWindow()).toEpochMilli();
        Map<TopicPartition, Long> byTime = new HashMap<>();
        for (TopicPartition partition : partitions) {
            updates.resumeOffset(partition).ifPresentOrElse(offset -> consumer.seek(partition, offset),
                    () -> byTime.put(partition, since));
        }
        if (byTime.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(byTime);
        List<TopicPartition> toEnd = byTime.keySet().stream().filter(partition -> found.get(partition) == null).toList();
        consumer.seekToEnd(toEnd);
        byTime.keySet().forEach(partition -> {
            OffsetAndTimestamp offset = found.get(partition);
            if (offset != null) {
                consumer.seek(partition, offset.offset());
            }
            updates.startAt(partition, consumer.position(partition));
        });
        log.info("Live updates read {} partitions from {}", byTime.size(), Instant.ofEpochMilli(since));
    }

    private void read(ConsumerRecord<String, byte[]> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        ParsedCloudEvent event;
        try {
            event = json.parse(record.value());
            trustedSources.check(record.topic(), event.attributes().source());
        } catch (RuntimeException e) {
            // not an Atelier event (MalformedEventException), or a forged one (UntrustedEventException)
            log.debug("Live updates skip {}@{}: {}", partition, record.offset(), e.getMessage());
            updates.skip(partition, record.offset());
            return;
        }
        updates.append(partition, record.offset(), new Update.Event(event.attributes().id(),
                event.attributes().type(), event.attributes().time(), Instant.ofEpochMilli(record.timestamp()),
                event.data()));
    }

    @Override
    public void start() {
        container.start();
    }

    @Override
    public void stop() {
        container.stop();
        updates.endStreams();
    }

    @Override
    public boolean isRunning() {
        return container.isRunning();
    }
}
