package dev.atelier.platform.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code order.created}: a new order with its whole stock-tracked item list. Inventory reserves
 * that list for the order (desired state, not a delta).
 *
 * @param itemListVersion grows with every change of the item list; a consumer ignores a version it
 *     has already applied or passed
 * @param status the order's workflow status, upper case (e.g. {@code PENDING})
 */
public record OrderCreated(UUID orderId, UUID customerId, long itemListVersion, List<StockTrackedItem> items,
        String status, Instant at) implements EventPayload {

    public OrderCreated {
        items = List.copyOf(items);
    }

    @Override
    public UUID aggregateId() {
        return orderId;
    }
}
