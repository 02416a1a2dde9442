package dev.atelier.drills.stock;

import dev.atelier.drills.Poll;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The broker as another shop system sees it: reads a topic's records from a point in time (without a
 * consumer group, so it changes no one's offsets), publishes records, and tells whether a consumer
 * group has got past an offset.
 */
final class EventLog {

    static final String ORDER_EVENTS = "atelier.order-events";
    static final String STOCK_EVENTS = "atelier.stock-events";
    private static final Duration POLL = Duration.ofMillis(200);

    private final String bootstrap;

    EventLog(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Records of {@code topic} since {@code since} that match, reading until {@code timeout} passed without new ones. */
    List<ConsumerRecord<byte[], byte[]>> read(String topic, Instant since, Predicate<ConsumerRecord<byte[], byte[]>> matching,
                                              Duration quiet) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(partition -> times.put(partition, since.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(times);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp offset = start.get(partition);
                consumer.seek(partition, offset == null ? end.get(partition) : offset.offset());
            }
            List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < quiet.toNanos()) {
                var records = consumer.poll(POLL);
                if (!records.isEmpty()) {
                    quietSince = System.nanoTime();
                }
                records.forEach(record -> {
                    if (matching.test(record)) {
                        found.add(record);
                    }
                });
            }
            return found;
        }
    }

    /** Publishes each record and waits for the broker's acknowledgement; where each went. */
    List<RecordMetadata> publish(List<ProducerRecord<byte[], byte[]>> records) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<RecordMetadata> sent = new ArrayList<>();
            for (ProducerRecord<byte[], byte[]> record : records) {
                sent.add(producer.send(record).get());
            }
            return sent;
        }
    }

    /** Waits (bounded) until {@code group} has committed past {@code offset} on the partition; whether it did. */
    boolean awaitConsumed(String group, TopicPartition partition, long offset, Duration timeout) throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(config)) {
            OffsetAndMetadata at = Poll.until(
                    () -> admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().get(partition),
                    committed -> committed != null && committed.offset() > offset, POLL, timeout);
            return at != null && at.offset() > offset;
        }
    }

    /** A record of {@code type} (its {@code ce_type} header) about the order {@code orderId} (its key). */
    static boolean isOf(ConsumerRecord<byte[], byte[]> record, String orderId, String type) {
        Header ceType = record.headers().lastHeader("ce_type");
        return record.key() != null && orderId.equals(new String(record.key(), StandardCharsets.UTF_8))
                && ceType != null && type.equals(new String(ceType.value(), StandardCharsets.UTF_8));
    }
}
