package dev.atelier.gateway.updates;

import dev.atelier.platform.event.EventType;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One change a client may be told about: an Atelier event as read from its topic, with where it was
 * read. {@code after} is the feed position once it is applied: the SSE id. The ids clients filter on are
 * read from the data once, when the update is kept, not once per client.
 */
record Update(TopicPartition partition, long offset, FeedPosition after, Event event, @Nullable UUID orderId,
        @Nullable UUID customerId, @Nullable UUID inventoryItemId) implements FeedMessage {

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
            // stock.changed names its inventory item "itemId", stock.item-changed "inventoryItemId"; other events
            // have no inventory item of their own (an order's items are a list, not the order's own item)
            UUID item = type.equals(EventType.STOCK_CHANGED.name()) ? uuid("itemId")
                    : type.equals(EventType.STOCK_ITEM_CHANGED.name()) ? uuid("inventoryItemId") : null;
            return new Update(partition, offset, after, this, uuid("orderId"), uuid("customerId"), item);
        }

        private @Nullable UUID uuid(String field) {
            JsonNode value = data.get(field);
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

    String type() {
        return event.type();
    }
}
