package dev.atelier.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class OutboxPropertiesTest {

    private final OutboxProperties defaults = OutboxProperties.defaults("/test");

    @Test
    void backoff_doubles_per_attempt_up_to_the_maximum() {
        assertThat(defaults.backoffAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(defaults.backoffAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.backoffAfter(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(defaults.backoffAfter(20)).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.backoffAfter(1000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void the_relay_producer_waits_for_all_replicas_is_idempotent_and_gives_up_within_the_publish_timeout() {
        Map<String, Object> config = OutboxPublisher.producerConfig(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
                ProducerConfig.ACKS_CONFIG, "1",
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, "org.apache.kafka.common.serialization.StringSerializer"),
                defaults);

        assertThat(config)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000)
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000L)
                .doesNotContainKey(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        assertThat((int) config.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG)
                + (int) config.get(ProducerConfig.LINGER_MS_CONFIG)).isLessThanOrEqualTo(30_000);
    }

    @Test
    void the_relay_producer_does_not_linger_unless_the_operator_says_so() {
        Map<String, Object> base = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");

        assertThat(OutboxPublisher.producerConfig(base, defaults)).containsEntry(ProducerConfig.LINGER_MS_CONFIG, 0);
        assertThat(OutboxPublisher.producerConfig(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
                ProducerConfig.LINGER_MS_CONFIG, 20), defaults)).containsEntry(ProducerConfig.LINGER_MS_CONFIG, 20);
    }

    @Test
    void nonsense_settings_are_refused_at_start_up() {
        assertThatThrownBy(() -> new OutboxProperties(true, true, null, Duration.ZERO, 10, Duration.ofDays(1),
                Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(5)))
                .hasMessageContaining("poll-interval");
        assertThatThrownBy(() -> new OutboxProperties(true, true, null, Duration.ofSeconds(1), 0, Duration.ofDays(1),
                Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(5)))
                .hasMessageContaining("batch-size");
    }
}
