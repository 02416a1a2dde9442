package dev.atelier.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** What a replay publishes for one dead letter; the platform's tests replay against a real broker. */
class DeadLetterReplayTest {

    @Test
    void a_replayed_record_keeps_key_value_and_event_headers_and_drops_the_dead_lettering() {
        ConsumerRecord<byte[], byte[]> dead = new ConsumerRecord<>("atelier.order-events.dlt", 1, 42, "k".getBytes(),
                "v".getBytes());
        dead.headers().add("ce_id", "e1".getBytes());
        dead.headers().add("kafka_dlt-exception-message", "refused".getBytes());
        dead.headers().add("kafka_deliveryAttempt", new byte[] {0, 0, 0, 1});

        ProducerRecord<byte[], byte[]> again = DeadLetterReplay.again(dead, DeadLetterReplay.originalTopic(dead.topic()));

        assertThat(again.topic()).isEqualTo("atelier.order-events");
        assertThat(new String(again.key())).isEqualTo("k");
        assertThat(new String(again.value())).isEqualTo("v");
        assertThat(again.headers().lastHeader("ce_id")).isNotNull();
        assertThat(again.headers().lastHeader("kafka_dlt-exception-message")).isNull();
        assertThat(again.headers().lastHeader("kafka_deliveryAttempt")).isNull();
        assertThat(new String(again.headers().lastHeader("atelier_replayed_from").value()))
                .isEqualTo("atelier.order-events.dlt-1@42");
        assertThat(DeadLetterReplay.originalTopic("atelier.order-events.dlt")).isEqualTo("atelier.order-events");
        assertThat(DeadLetterReplay.originalTopic("atelier.order-events")).isEqualTo("atelier.order-events");
    }

    @Test
    void the_platforms_refusal_header_decides_when_present_and_is_not_replayed() {
        ConsumerRecord<byte[], byte[]> untrusted = new ConsumerRecord<>("t.dlt", 0, 1, "k".getBytes(), "v".getBytes());
        untrusted.headers().add("atelier_refusal", "untrusted".getBytes());
        ConsumerRecord<byte[], byte[]> other = new ConsumerRecord<>("t.dlt", 0, 2, "k".getBytes(), "v".getBytes());
        other.headers().add("atelier_refusal", "something-else".getBytes());
        other.headers().add("kafka_dlt-exception-fqcn", "dev.atelier.platform.consumer.UntrustedEventException".getBytes());

        assertThat(DeadLetterReplay.refusedAsUntrusted(untrusted)).isTrue();
        assertThat(DeadLetterReplay.refusedAsUntrusted(other)).as("the header wins over class names").isFalse();
        assertThat(DeadLetterReplay.again(other, "t").headers().lastHeader("atelier_refusal")).isNull();
    }

    @Test
    void a_record_refused_as_untrusted_is_recognised_by_either_exception_header() {
        ConsumerRecord<byte[], byte[]> wrapped = new ConsumerRecord<>("t.dlt", 0, 1, "k".getBytes(), "v".getBytes());
        wrapped.headers().add("kafka_dlt-exception-fqcn", "org.springframework.kafka.listener.ListenerExecutionFailedException".getBytes());
        wrapped.headers().add("kafka_dlt-exception-cause-fqcn", "dev.atelier.platform.consumer.UntrustedEventException".getBytes());
        ConsumerRecord<byte[], byte[]> direct = new ConsumerRecord<>("t.dlt", 0, 2, "k".getBytes(), "v".getBytes());
        direct.headers().add("kafka_dlt-exception-fqcn", "dev.atelier.platform.consumer.UntrustedEventException".getBytes());
        ConsumerRecord<byte[], byte[]> failed = new ConsumerRecord<>("t.dlt", 0, 3, "k".getBytes(), "v".getBytes());
        failed.headers().add("kafka_dlt-exception-fqcn", "java.lang.IllegalStateException".getBytes());

        assertThat(DeadLetterReplay.refusedAsUntrusted(wrapped)).isTrue();
        assertThat(DeadLetterReplay.refusedAsUntrusted(direct)).isTrue();
        assertThat(DeadLetterReplay.refusedAsUntrusted(failed)).isFalse();
    }
}
