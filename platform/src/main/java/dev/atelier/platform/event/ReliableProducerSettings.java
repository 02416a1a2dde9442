package dev.atelier.platform.event;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Producer settings for the platform's own producers (the outbox relay, the dead-letter writer),
 * derived from Boot's so that servers and security stay the service's: byte-array records written
 * by us, every write acknowledged by all in-sync replicas, no duplicates from producer retries.
 */
public final class ReliableProducerSettings {

    private ReliableProducerSettings() {}

    /** {@code base} without serializers or a transactional id, with {@code clientIdSuffix} on the client id. */
    public static Map<String, Object> from(Map<String, Object> base, String clientIdSuffix) {
        Map<String, Object> config = new HashMap<>(base);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        Object clientId = config.get(ProducerConfig.CLIENT_ID_CONFIG);
        if (clientId != null) {
            config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + clientIdSuffix);
        }
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }
}
