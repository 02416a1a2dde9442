package dev.atelier.platform.consumer;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which producer may write each topic, as the CloudEvents {@code source} it stamps on its events
 * ({@code atelier.consumer.trusted-sources}, e.g. {@code atelier.order-events: /order-service}). The
 * consumer applies only events whose source is their topic's producer: anyone who can write to the
 * broker could otherwise send an {@code order.cancelled} that frees a live order's stock.
 */
public final class TrustedSources {

    private final Map<String, String> producerByTopic;

    public TrustedSources(Map<String, String> producerByTopic) {
        this.producerByTopic = Map.copyOf(producerByTopic);
    }

    /** The source events on {@code topic} must carry, or null when none is configured (then any is accepted). */
    public @Nullable String producerOf(String topic) {
        return producerByTopic.get(topic);
    }

    /** @throws UntrustedEventException when the topic has a producer and {@code source} is not it */
    public void check(String topic, String source) {
        String producer = producerOf(topic);
        if (producer != null && !Objects.equals(producer, source)) {
            throw new UntrustedEventException("an event on " + topic + " from " + source + "; only " + producer
                    + " writes that topic");
        }
    }
}
