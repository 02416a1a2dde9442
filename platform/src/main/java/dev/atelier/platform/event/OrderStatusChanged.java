package dev.atelier.platform.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code order.status-changed}: a workflow move (statuses are the order's upper-case names, e.g.
 * {@code IN_PROGRESS → COMPLETED}); carries the current item list so a consumer can act on it alone
 * (inventory consumes the reserved stock when an order reaches {@code COMPLETED}).
 */
public record OrderStatusChanged(UUID orderId, UUID customerId, long itemListVersion, List<StockTrackedItem> items,
        String from, String to, Instant at) implements EventPayload {

    public OrderStatusChanged {
        items = List.copyOf(items);
    }

    @Override
    public UUID aggregateId() {
        return orderId;
    }
}
