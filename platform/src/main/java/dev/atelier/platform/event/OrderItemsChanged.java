package dev.atelier.platform.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code order.items-changed}: the order's stock-tracked item list after the change, whole, with
 * its new version. Inventory moves its reservation for the order to exactly this list.
 */
public record OrderItemsChanged(UUID orderId, UUID customerId, long itemListVersion, List<StockTrackedItem> items,
        String status, Instant at) implements EventPayload {

    public OrderItemsChanged {
        items = List.copyOf(items);
    }

    @Override
    public UUID aggregateId() {
        return orderId;
    }
}
