package dev.atelier.platform.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code order.cancelled}: the order was cancelled from status {@code from}; inventory releases
 * everything it holds for the order. The item list is the one the order had when cancelled.
 */
public record OrderCancelled(UUID orderId, UUID customerId, long itemListVersion, List<StockTrackedItem> items,
        String from, Instant at) implements EventPayload {

    public OrderCancelled {
        items = List.copyOf(items);
    }

    @Override
    public UUID aggregateId() {
        return orderId;
    }
}
