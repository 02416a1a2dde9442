package dev.atelier.gateway.updates;

import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One change a client may be told about: an Atelier event as read from its topic, with where it was
 * read. {@code after} is the feed position once it is applied: the SSE id.
 */
record Update(TopicPartition partition, long offset, FeedPosition after, Event event) implements FeedMessage {

    /**
     * The event as read from the record.
     *
     * @param id        its CloudEvents {@code id} (the same at every replica and in a redelivery)
     * @param time      when the change happened (CloudEvents {@code time})
     * @param published when the record reached the broker; the log keeps updates by this
     * @param data      its {@code data}, unchanged
     */
    record Event(UUID id, String type, Instant time, Instant published, JsonNode data) {

        Update at(TopicPartition partition, long offset, FeedPosition after) {
            return new Update(partition, offset, after, this);
        }
    }

    String type() {
        return event.type();
    }

    @Nullable UUID orderId() {
        return uuid("orderId");
    }

    @Nullable UUID customerId() {
        return uuid("customerId");
    }

    /** The inventory item a {@code stock.changed} is about. */
    @Nullable UUID inventoryItemId() {
        return type().equals("stock.changed") ? uuid("itemId") : null;
    }

    private @Nullable UUID uuid(String field) {
        JsonNode value = event.data().get(field);
        if (value == null || !value.isString()) {
            return null;
        }
        try {
            return UUID.fromString(value.asString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
