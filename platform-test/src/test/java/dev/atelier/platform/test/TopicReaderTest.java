package dev.atelier.platform.test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared reader on a real broker: what it keeps, when it stops, and what it says when records do not come. */
class TopicReaderTest {

    private static final String BOOTSTRAP = TestInfrastructure.kafka().bootstrapServers();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static KafkaProducer<String, String> producer;

    @BeforeAll
    static void producer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP),
                new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    @Test
    void keeps_only_the_asked_keys_in_their_order() {
        String topic = topic();
        send(topic, "a", "a1");
        send(topic, "b", "b1");
        send(topic, null, "no key");
        send(topic, "a", "a2");

        assertThat(values(TopicReader.withKeys(BOOTSTRAP, topic, Set.of("a"), 2, WAIT))).containsExactly("a1", "a2");
    }

    @Test
    void up_to_stops_at_the_first_last_record() {
        String topic = topic();
        send(topic, "k", "before");
        send(topic, "k", "stop");
        send(topic, "k", "after");

        assertThat(values(TopicReader.upTo(BOOTSTRAP, topic, "k", record -> "stop".equals(value(record)), WAIT)))
                .containsExactly("before", "stop");
    }

    @Test
    void the_linger_sees_a_late_record_even_when_other_keys_come_first() {
        String topic = topic();
        send(topic, "k", "first");

        List<ConsumerRecord<String, byte[]>> read = TopicReader.readUntil(BOOTSTRAP, topic, Set.of("k"), seen -> {
            if (seen.isEmpty()) {
                return false;
            }
            // once done: another key's record at once, then a late one for k inside the linger
            send(topic, "other", "noise");
            CompletableFuture.runAsync(() -> send(topic, "k", "late"),
                    CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS));
            return true;
        }, WAIT, Duration.ofSeconds(3));

        assertThat(values(read)).containsExactly("first", "late");
    }

    @Test
    void fails_naming_what_it_read() {
        String topic = topic();
        send(topic, "k", "only");

        assertThatThrownBy(() -> TopicReader.withKeys(BOOTSTRAP, topic, Set.of("k"), 2, Duration.ofSeconds(3)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(topic)
                .hasMessageContaining("got 1: [k=only]");
    }

    @Test
    void header_is_the_last_value_as_text_or_null() {
        String topic = topic();
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, "k", "v");
        record.headers().add("ce_type", "old".getBytes(UTF_8)).add("ce_type", "order.created".getBytes(UTF_8));
        send(record);

        ConsumerRecord<String, byte[]> read = TopicReader.withKeys(BOOTSTRAP, topic, Set.of("k"), 1, WAIT).getFirst();
        assertThat(TopicReader.header(read, "ce_type")).isEqualTo("order.created");
        assertThat(TopicReader.header(read, "ce_id")).isNull();
    }

    private static String topic() {
        return "topic-reader-" + UUID.randomUUID();
    }

    private static void send(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    private static void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not send to " + record.topic(), e);
        }
    }

    private static List<String> values(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(TopicReaderTest::value).toList();
    }

    private static String value(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), UTF_8);
    }
}
