package dev.atelier.drills.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DuplicateEventsDrillTest {

    private static final String ORDER = "3f1c2a9e-8d47-4b6a-9c35-2e7d1f0a6b14";

    private static ConsumerRecord<byte[], byte[]> created() {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("atelier.order-events", 2, 17, bytes(ORDER), bytes("""
                {"specversion":"1.0","id":"0e4f6b1a-7c2d-4e58-9a31-5b8d2f6c4e90","type":"order.created","data":{"orderId":"%s","itemListVersion":1}}"""
                .formatted(ORDER)));
        record.headers().add(new RecordHeader("ce_id", bytes("0e4f6b1a-7c2d-4e58-9a31-5b8d2f6c4e90")));
        record.headers().add(new RecordHeader("ce_type", bytes("order.created")));
        record.headers().add(new RecordHeader("traceparent", bytes("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")));
        return record;
    }

    @Test
    void a_renamed_copy_is_the_same_event_under_a_new_id_in_header_and_envelope() {
        ProducerRecord<byte[], byte[]> copy = DuplicateEventsDrill.withNewId(created());

        JsonNode envelope = JsonMapper.builder().build().readTree(copy.value());
        String newId = new String(copy.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
        assertThat(newId).isNotEqualTo("0e4f6b1a-7c2d-4e58-9a31-5b8d2f6c4e90").isEqualTo(envelope.path("id").asString());
        assertThat(envelope.path("data").path("orderId").asString()).isEqualTo(ORDER);
        assertThat(envelope.path("data").path("itemListVersion").asInt()).isEqualTo(1);
        assertThat(new String(copy.key(), StandardCharsets.UTF_8)).isEqualTo(ORDER);
        assertThat(copy.topic()).isEqualTo("atelier.order-events");
        assertThat(new String(copy.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8)).startsWith("00-0af7");
    }

    @Test
    void a_record_is_of_an_order_and_type_by_its_key_and_ce_type() {
        assertThat(EventLog.isOf(created(), ORDER, "order.created")).isTrue();
        assertThat(EventLog.isOf(created(), ORDER, "order.cancelled")).isFalse();
        assertThat(EventLog.isOf(created(), "another", "order.created")).isFalse();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
