package dev.atelier.drills.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The drill's forgery: same event, new id, a source that does not own the topic, in envelope and headers alike. */
class DeadLetterDrillTest {

    @Test
    void the_forged_copy_changes_only_id_and_source() {
        ConsumerRecord<byte[], byte[]> original = new ConsumerRecord<>("atelier.order-events", 0, 7, "order-1".getBytes(),
                "{\"id\":\"e1\",\"source\":\"/order-service\",\"type\":\"order.created\",\"data\":{\"orderId\":\"order-1\"}}"
                        .getBytes(StandardCharsets.UTF_8));
        original.headers().add("ce_id", "e1".getBytes());
        original.headers().add("ce_source", "/order-service".getBytes());
        original.headers().add("ce_type", "order.created".getBytes());

        ProducerRecord<byte[], byte[]> forged = DeadLetterDrill.forged(original, "atelier.order-events.dlt", "e2");

        JsonNode envelope = JsonMapper.builder().build().readTree(forged.value());
        assertThat(envelope.get("id").asString()).isEqualTo("e2");
        assertThat(envelope.get("source").asString()).isEqualTo("/drill-forger");
        assertThat(envelope.get("data").get("orderId").asString()).isEqualTo("order-1");
        assertThat(new String(forged.headers().lastHeader("ce_id").value())).isEqualTo("e2");
        assertThat(new String(forged.headers().lastHeader("ce_source").value())).isEqualTo("/drill-forger");
        assertThat(new String(forged.headers().lastHeader("ce_type").value())).isEqualTo("order.created");
        assertThat(forged.topic()).isEqualTo("atelier.order-events.dlt");
    }
}
