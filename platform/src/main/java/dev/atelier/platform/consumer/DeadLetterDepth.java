package dev.atelier.platform.consumer;

import dev.atelier.platform.event.Topics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code atelier.consumer.dead.letters{topic}} gauge (Prometheus {@code atelier_consumer_dead_letters}):
 * per handled topic, how many records wait in its dead-letter topic, not yet replayed. That is the
 * dead-letter topic's end offsets minus the offsets {@value #REPLAY_GROUP} committed (what
 * {@code ./atelier dlt replay} has already re-published); its start offsets while nothing was replayed.
 * Read from the broker every {@code dead-letter-check-interval} on its own thread (the Admin client
 * blocks); -1 until the first reading, and kept at the last reading while the broker does not answer.
 */
public final class DeadLetterDepth implements AutoCloseable {

    /** The consumer group {@code ./atelier dlt replay} reads dead-letter topics with. */
    public static final String REPLAY_GROUP = "atelier-dlt-replay";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterDepth.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Object> adminConfig;
    private final Set<String> topics;
    private final Map<String, Long> depths = new ConcurrentHashMap<>();
    private final @Nullable ScheduledExecutorService scheduler;

    /**
     * @param kafkaConfig the consumer's Kafka settings (bootstrap servers, security)
     * @param topics the handled topics (not their dead-letter names)
     */
    public DeadLetterDepth(Map<String, Object> kafkaConfig, Collection<String> topics, @Nullable MeterRegistry meters,
            Duration interval) {
        this.adminConfig = adminConfig(kafkaConfig);
        this.topics = Set.copyOf(topics);
        this.topics.forEach(topic -> depths.put(topic, -1L));
        if (meters == null) {
            this.scheduler = null;
            return;
        }
        for (String topic : this.topics) {
            Gauge.builder("atelier.consumer.dead.letters", depths, all -> all.getOrDefault(topic, -1L))
                    .description("Records in the topic's dead-letter topic not yet replayed (-1: not read yet)")
                    .tag("topic", topic)
                    .register(meters);
        }
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "atelier-dead-letter-depth");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The last reading per handled topic (-1: none yet). */
    public Map<String, Long> depths() {
        return Map.copyOf(depths);
    }

    /** Reads the depths now; a broker that does not answer leaves the last reading. */
    public void refresh() {
        try (Admin admin = Admin.create(adminConfig)) {
            depths.putAll(read(admin));
        } catch (Exception e) {
            log.debug("Could not read the dead-letter depth of {}: {}", topics, e.toString());
        }
    }

    private Map<String, Long> read(Admin admin) throws Exception {
        Map<String, String> deadLetterTopics = topics.stream()
                .collect(Collectors.toMap(Topics::deadLetterTopicOf, topic -> topic));
        Set<String> existing = admin.listTopics().names().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<String, Long> result = new HashMap<>();
        List<String> present = deadLetterTopics.keySet().stream().filter(existing::contains).toList();
        deadLetterTopics.forEach((dlt, topic) -> result.put(topic, 0L));
        if (present.isEmpty()) {
            return result;
        }
        Map<String, TopicDescription> described = admin.describeTopics(present).allTopicNames()
                .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        List<TopicPartition> partitions = described.values().stream()
                .flatMap(description -> description.partitions().stream()
                        .map(partition -> new TopicPartition(description.name(), partition.partition())))
                .toList();
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                .all().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, ListOffsetsResultInfo> starts = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.earliest())))
                .all().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetAndMetadata> replayed = replayedOffsets(admin);
        for (TopicPartition partition : partitions) {
            long end = ends.get(partition).offset();
            OffsetAndMetadata committed = replayed.get(partition);
            long from = Math.max(starts.get(partition).offset(), committed == null ? 0 : committed.offset());
            result.merge(deadLetterTopics.get(partition.topic()), Math.max(0, end - from), Long::sum);
        }
        return result;
    }

    /** What {@value #REPLAY_GROUP} has committed; nothing while that group does not exist yet. */
    private static Map<TopicPartition, OffsetAndMetadata> replayedOffsets(Admin admin) throws Exception {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(REPLAY_GROUP)
                    .partitionsToOffsetAndMetadata().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return offsets == null ? Map.of() : offsets;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return Map.of();
            }
            throw e;
        }
    }

    static Map<String, Object> adminConfig(Map<String, Object> kafkaConfig) {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            // Connection and security settings carry over; consumer-only ones would only be warned about.
            if (key.startsWith("bootstrap.") || key.startsWith("security.") || key.startsWith("sasl.")
                    || key.startsWith("ssl.") || key.equals("client.dns.lookup")) {
                config.put(key, value);
            }
        });
        config.putIfAbsent(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG));
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis() / 2);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "atelier-dead-letter-depth");
        return config;
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
