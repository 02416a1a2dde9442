package dev.atelier.platform.test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes records to the test broker ({@link TestInfrastructure#kafka()}) as another service's outbox
 * relay would: {@link TopicReader}'s counterpart. One producer for all tests of the JVM, closed when it
 * exits; each write waits until the broker has the record.
 */
public final class TopicWriter {

    private static KafkaProducer<String, byte[]> producer;

    private TopicWriter() {
    }

    public static void write(String topic, String key, byte[] value) {
        write(topic, key, value, Map.of());
    }

    /** With these headers (e.g. an event's {@code ce_*} attributes). */
    public static void write(String topic, String key, byte[] value, Map<String, String> headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not write " + key + " to " + topic, e);
        }
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestInfrastructure.kafka().bootstrapServers()), new StringSerializer(), new ByteArraySerializer());
            KafkaProducer<String, byte[]> opened = producer;
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "topic-writer-close"));
        }
        return producer;
    }
}
