package dev.atelier.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

/** The consumer settings every service's event consumer gets on top of spring.kafka.consumer.*. */
class ConsumerConfigTest {

    @Test
    void a_dead_consumer_gives_its_partitions_up_after_ten_seconds() {
        Map<String, Object> config = IdempotentEventConsumer.consumerConfig(Map.of(), "inventory-service", 50);

        assertThat(config).containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000)
                .containsEntry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_333)
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "inventory-service")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
    }

    @Test
    void an_operators_session_timeout_wins() {
        Map<String, Object> config = IdempotentEventConsumer.consumerConfig(
                Map.of(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "45000", ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "15000"), "g", 50);

        assertThat(config).containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "45000")
                .containsEntry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "15000");
    }
}
