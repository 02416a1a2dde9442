package dev.atelier.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning, as an outside shop system would, to check what was really published:
 * the one reader every module's event tests use.
 */
public final class TopicReader {

    private static final Duration POLL = Duration.ofMillis(100);

    private TopicReader() {
    }

    /** The records with one of {@code keys}, in partition order (per-key order), once {@code count} arrived. */
    public static List<ConsumerRecord<String, byte[]>> withKeys(String bootstrapServers, String topic, Set<String> keys,
            int count, Duration timeout) {
        return readUntil(bootstrapServers, topic, keys, seen -> seen.size() >= count, timeout);
    }

    /**
     * Polls {@code topic} from the beginning, keeping records whose key is in {@code keys}, until {@code done}
     * holds for them; fails after {@code timeout}, naming what it saw.
     */
    public static List<ConsumerRecord<String, byte[]>> readUntil(String bootstrapServers, String topic, Set<String> keys,
            Predicate<List<ConsumerRecord<String, byte[]>>> done, Duration timeout) {
        return readUntil(bootstrapServers, topic, keys, done, timeout, Duration.ZERO);
    }

    /**
     * {@link #readUntil(String, String, Set, Predicate, Duration)}, then goes on reading for {@code linger}, so
     * that an unexpected extra record fails the caller's assertions instead of hiding.
     */
    public static List<ConsumerRecord<String, byte[]>> readUntil(String bootstrapServers, String topic, Set<String> keys,
            Predicate<List<ConsumerRecord<String, byte[]>>> done, Duration timeout, Duration linger) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            long deadline = System.nanoTime() + timeout.toNanos();
            // a topic created by the first publish may not have its partitions yet
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(info -> new TopicPartition(topic, info.partition()))
                        .toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline) {
                poll(consumer, keys, seen, POLL);
                if (done.test(seen)) {
                    // the whole linger, not one poll: a poll returns early with other keys' records
                    long lingerEnd = System.nanoTime() + linger.toNanos();
                    while (System.nanoTime() < lingerEnd) {
                        poll(consumer, keys, seen, POLL);
                    }
                    return seen;
                }
            }
        }
        throw new AssertionError(topic + " did not get the expected records for " + keys + " within " + timeout
                + "; got " + seen.size() + ": " + seen.stream()
                        .map(record -> record.key() + "=" + new String(record.value(), StandardCharsets.UTF_8))
                        .toList());
    }

    /** The records with {@code key} from the beginning up to and including the first that is {@code last}. */
    public static List<ConsumerRecord<String, byte[]>> upTo(String bootstrapServers, String topic, String key,
            Predicate<ConsumerRecord<String, byte[]>> last, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> seen = readUntil(bootstrapServers, topic, Set.of(key),
                read -> read.stream().anyMatch(last), timeout);
        return seen.subList(0, seen.indexOf(seen.stream().filter(last).findFirst().orElseThrow()) + 1);
    }

    /** The last value of header {@code name} as text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void poll(KafkaConsumer<String, byte[]> consumer, Set<String> keys,
            List<ConsumerRecord<String, byte[]>> seen, Duration wait) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(wait)) {
            if (record.key() != null && keys.contains(record.key())) {
                seen.add(record);
            }
        }
    }
}
