package dev.atelier.gateway.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

class UpdateFeedConfigTest {

    private final Map<String, Object> config = UpdateFeed.consumerConfig(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, true));

    @Test
    void keepsTheBrokerAndCommitsNothing() {
        assertThat(config).containsEntry(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092")
            .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
            .doesNotContainKeys(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
    }

    @Test
    void gathersEventsPerFetchYetAnswersClientsWithinASecond() {
        assertThat((int) config.get(ConsumerConfig.FETCH_MIN_BYTES_CONFIG)).isGreaterThan(1);
        assertThat((int) config.get(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG)).isBetween(1, 1_000);
    }
}
