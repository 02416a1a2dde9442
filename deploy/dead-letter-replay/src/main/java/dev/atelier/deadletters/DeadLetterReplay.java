package dev.atelier.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes the records parked in a dead-letter topic ({@code <topic>.dlt}) to their original topic
 * again, after whatever made them fail was fixed. Reading is in the consumer group {@value #GROUP}, whose
 * offsets are committed only after the broker acknowledged the re-published records: a second run
 * replays only what arrived since, and a crash in between replays a record twice at worst, which the
 * idempotent consumer drops (it keys on the event id, which a replay keeps). The platform's
 * {@code atelier_consumer_dead_letters} gauge counts what this group has not replayed yet.
 *
 * <p>A record a consumer refused as untrusted (a forged source) stays parked: a replay cannot make it
 * trusted, and every consumer of the topic would refuse and park it again, doubling the forgeries with
 * each run.
 *
 * <p>Key, value and headers travel unchanged except the {@code kafka_dlt-*} and
 * {@code kafka_deliveryAttempt} headers the dead-lettering added; {@code atelier_replayed_from} names
 * the dead-letter record.
 */
public final class DeadLetterReplay {

    /** Also {@code DeadLetterDepth.REPLAY_GROUP} in the platform. */
    public static final String GROUP = "atelier-dlt-replay";
    public static final String SUFFIX = ".dlt";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);
    /** The platform's refusal of an untrusted source as spring-kafka's headers name it (records parked before its own header). */
    static final String UNTRUSTED = "UntrustedEventException";
    /** The platform's header naming a refusal ({@code EventFailures.REFUSAL_HEADER}): {@code untrusted}. */
    static final String REFUSAL_HEADER = "atelier_refusal";

    /** What a replay did: records published again, and records left parked because they were refused as untrusted. */
    public record Outcome(int republished, int leftUntrusted) {}

    private final Properties clientConfig;

    /** @param clientConfig connection settings (bootstrap servers, security) shared by the consumer and producer */
    public DeadLetterReplay(Properties clientConfig) {
        this.clientConfig = clientConfig;
    }

    public static DeadLetterReplay at(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return new DeadLetterReplay(config);
    }

    /** {@code atelier.order-events} for either it or {@code atelier.order-events.dlt}. */
    public static String originalTopic(String topic) {
        return topic.endsWith(SUFFIX) ? topic.substring(0, topic.length() - SUFFIX.length()) : topic;
    }

    /**
     * Replays every record of {@code topic}'s dead-letter topic not replayed before, up to its end when the
     * replay started, except those refused as untrusted.
     */
    public Outcome replay(String topic, Duration timeout) throws Exception {
        String original = originalTopic(topic);
        String deadLetters = original + SUFFIX;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            var infos = consumer.partitionsFor(deadLetters, Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                return new Outcome(0, 0);
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(info -> new TopicPartition(deadLetters, info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(java.util.Set.copyOf(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                if (done == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, done.offset());
                }
            }
            int replayed = 0;
            int untrusted = 0;
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reachedEnd(consumer, partitions, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("replayed " + replayed + " records of " + deadLetters
                            + " but did not reach its end within " + timeout);
                }
                List<Future<RecordMetadata>> sent = new ArrayList<>();
                Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue; // arrived after the replay started: the next run takes it
                    }
                    progress.put(partition, new OffsetAndMetadata(record.offset() + 1));
                    if (refusedAsUntrusted(record)) {
                        untrusted++;
                        continue;
                    }
                    sent.add(producer.send(again(record, original)));
                }
                for (Future<RecordMetadata> ack : sent) {
                    ack.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                }
                if (!progress.isEmpty()) {
                    consumer.commitSync(progress);
                    replayed += sent.size();
                }
            }
            return new Outcome(replayed, untrusted);
        }
    }

    static boolean refusedAsUntrusted(ConsumerRecord<byte[], byte[]> record) {
        Header refusal = record.headers().lastHeader(REFUSAL_HEADER);
        if (refusal != null) {
            return "untrusted".equals(new String(refusal.value(), StandardCharsets.UTF_8));
        }
        // parked before the platform named its refusals: only spring-kafka's exception class names tell
        for (String name : List.of("kafka_dlt-exception-fqcn", "kafka_dlt-exception-cause-fqcn")) {
            Header header = record.headers().lastHeader(name);
            if (header != null && new String(header.value(), StandardCharsets.UTF_8).endsWith("." + UNTRUSTED)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(partition -> consumer.position(partition) >= end.get(partition));
    }

    public static ProducerRecord<byte[], byte[]> again(ConsumerRecord<byte[], byte[]> record, String original) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("kafka_dlt-") && !header.key().equals("kafka_deliveryAttempt")
                    && !header.key().equals(REFUSAL_HEADER)) {
                headers.add(header);
            }
        }
        headers.add("atelier_replayed_from", (record.topic() + "-" + record.partition() + "@" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(original, null, record.key(), record.value(), headers);
    }

    private Properties consumerConfig() {
        Properties config = new Properties();
        config.putAll(clientConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }

    private Properties producerConfig() {
        Properties config = new Properties();
        config.putAll(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }
}
