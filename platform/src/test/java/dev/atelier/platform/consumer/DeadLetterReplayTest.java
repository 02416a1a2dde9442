package dev.atelier.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.deadletters.DeadLetterReplay;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.test.KafkaBroker;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The dead-letter depth and {@code ./atelier dlt replay} on a real broker, on topics of their own: the
 * depth counts what was not replayed yet, a replay re-publishes those records (key, value, headers
 * without the dead-lettering's) and a second replay finds nothing new.
 */
class DeadLetterReplayTest {

    private static final KafkaBroker KAFKA = TestInfrastructure.kafka();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void the_depth_counts_unreplayed_dead_letters_and_a_replay_publishes_them_to_the_original_topic_once()
            throws Exception {
        String topic = "replay-test-" + UUID.randomUUID();
        String deadLetters = Topics.deadLetterTopicOf(topic);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1), new NewTopic(deadLetters, 2, (short) 1)))
                    .all().get();
        }
        List<String> keys = List.of("a", "b", "c");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            for (String key : keys) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(deadLetters, key,
                        ("event " + key).getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_id", key.getBytes(StandardCharsets.UTF_8));
                record.headers().add("kafka_dlt-exception-message", "refused".getBytes(StandardCharsets.UTF_8));
                record.headers().add("kafka_deliveryAttempt", new byte[] {0, 0, 0, 1});
                producer.send(record).get();
            }
        }
        DeadLetterDepth depth = new DeadLetterDepth(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()), List.of(topic), null,
                Duration.ofHours(1));
        depth.refresh();
        assertThat(depth.depths()).containsEntry(topic, 3L);

        assertThat(DeadLetterReplay.at(KAFKA.bootstrapServers()).replay(deadLetters, WAIT))
                .isEqualTo(new DeadLetterReplay.Outcome(3, 0));

        List<ConsumerRecord<String, byte[]>> replayed = TopicReader.readUntil(KAFKA.bootstrapServers(), topic,
                Set.copyOf(keys), seen -> seen.size() >= 3, WAIT);
        assertThat(replayed).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(replayed).allSatisfy(record -> {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("event " + record.key());
            assertThat(headerNames(record)).contains("ce_id", "atelier_replayed_from")
                    .doesNotContain("kafka_dlt-exception-message", "kafka_deliveryAttempt");
        });
        depth.refresh();
        assertThat(depth.depths()).containsEntry(topic, 0L);
        assertThat(DeadLetterReplay.at(KAFKA.bootstrapServers()).replay(topic, WAIT)).as("nothing new")
                .isEqualTo(new DeadLetterReplay.Outcome(0, 0));
    }

    @Test
    void a_record_refused_as_untrusted_stays_parked_and_is_not_replayed_again() throws Exception {
        String topic = "replay-untrusted-" + UUID.randomUUID();
        String deadLetters = Topics.deadLetterTopicOf(topic);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1), new NewTopic(deadLetters, 1, (short) 1)))
                    .all().get();
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> forged = new ProducerRecord<>(deadLetters, "forged",
                    "forged".getBytes(StandardCharsets.UTF_8));
            forged.headers().add("kafka_dlt-exception-cause-fqcn",
                    UntrustedEventException.class.getName().getBytes(StandardCharsets.UTF_8));
            producer.send(forged).get();
            producer.send(new ProducerRecord<>(deadLetters, "real", "real".getBytes(StandardCharsets.UTF_8))).get();
        }

        assertThat(DeadLetterReplay.at(KAFKA.bootstrapServers()).replay(topic, WAIT))
                .isEqualTo(new DeadLetterReplay.Outcome(1, 1));

        // one partition, the forgery parked first: had it been replayed, it would come before the real one
        List<ConsumerRecord<String, byte[]>> replayed = TopicReader.readUntil(KAFKA.bootstrapServers(), topic,
                Set.of("real", "forged"), seen -> seen.stream().anyMatch(record -> record.key().equals("real")), WAIT);
        assertThat(replayed).extracting(ConsumerRecord::key).containsExactly("real");
        assertThat(DeadLetterReplay.at(KAFKA.bootstrapServers()).replay(topic, WAIT)).as("both were looked at")
                .isEqualTo(new DeadLetterReplay.Outcome(0, 0));
    }

    @Test
    void a_topic_without_dead_letters_has_depth_zero() {
        DeadLetterDepth depth = new DeadLetterDepth(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()),
                List.of("never-failed-" + UUID.randomUUID()), null, Duration.ofHours(1));
        assertThat(depth.depths()).containsValue(-1L);
        depth.refresh();
        assertThat(depth.depths()).containsValue(0L);
    }

    private static List<String> headerNames(ConsumerRecord<String, byte[]> record) {
        return StreamSupport.stream(record.headers().spliterator(), false).map(Header::key).toList();
    }
}
