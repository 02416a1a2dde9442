package dev.atelier.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Another shop system reading Atelier's topics with a plain Kafka consumer of its own group, as
 * the published contract tells it to: CloudEvents structured JSON, key = the aggregate id.
 * Not platform-test's TopicReader on purpose: it reads as a consumer group, both topics at once, and checks the
 * key of every record it sees, not only of the records it waits for.
 */
final class OutsideSubscriber implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<JsonNode> seen = new ArrayList<>();

    OutsideSubscriber(String bootstrapServers, List<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-outside-subscriber-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(topics);
    }

    /** Polls until an event matching {@code wanted} arrived, or fails after {@code timeout}. */
    JsonNode await(String description, Predicate<JsonNode> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            for (JsonNode event : seen) {
                if (wanted.test(event)) {
                    return event;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no event " + description + " within " + timeout + "; saw "
                        + seen.stream().map(e -> e.path("type").asString() + " " + e.path("subject").asString()).toList());
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                JsonNode event = JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
                if (!record.key().equals(event.path("subject").asString())) {
                    throw new AssertionError("record key " + record.key() + " is not the event's subject: " + event);
                }
                seen.add(event);
            }
        }
    }

    static Predicate<JsonNode> event(String type, String subject) {
        return event -> type.equals(event.path("type").asString()) && subject.equals(event.path("subject").asString());
    }

    @Override
    public void close() {
        consumer.close();
    }
}
