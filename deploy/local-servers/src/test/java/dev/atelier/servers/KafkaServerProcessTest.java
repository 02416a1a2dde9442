package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.servers.LocalServer.StartOutcome;
import dev.atelier.servers.LocalServer.StopOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real broker as a separate process on free loopback ports. */
class KafkaServerProcessTest {

    @TempDir
    Path dir;

    @Test
    void a_broker_process_carries_records_keeps_them_across_a_restart_and_stops() throws Exception {
        KafkaServer kafka = KafkaServer.forTests(dir);
        try {
            assertThat(kafka.start()).isEqualTo(StartOutcome.STARTED);
            kafka.awaitReady(kafka.startTimeout());
            assertThat(kafka.start()).isEqualTo(StartOutcome.ALREADY_RUNNING);
            assertThat(kafka.status().up()).isTrue();
            assertThat(kafka.status().pid()).isNotNull();

            produce(kafka, "order-1", "created");
            assertThat(consume(kafka)).containsExactly("created");

            assertThat(kafka.stop()).isEqualTo(StopOutcome.STOPPED);
            assertThat(kafka.status().up()).isFalse();
            assertThat(Ports.isListening(kafka.port())).isFalse();

            // the storage was formatted once; the second start keeps the topic and its record
            assertThat(kafka.start()).isEqualTo(StartOutcome.STARTED);
            kafka.awaitReady(kafka.startTimeout());
            assertThat(consume(kafka)).containsExactly("created");
        } finally {
            kafka.stop();
        }
        assertThat(kafka.stop()).isEqualTo(StopOutcome.NOT_RUNNING);
    }

    private static void produce(KafkaServer kafka, String key, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>("launcher-probe", key, value)).get();
        }
    }

    private static List<String> consume(KafkaServer kafka) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("launcher-probe"));
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                records = consumer.poll(Duration.ofMillis(500));
            }
            List<String> values = new java.util.ArrayList<>();
            records.forEach(record -> values.add(record.value()));
            return values;
        }
    }
}
