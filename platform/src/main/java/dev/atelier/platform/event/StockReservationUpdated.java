package dev.atelier.platform.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code stock.reservation-updated}: inventory's answer to an order event, for the order's item-list
 * version it applied. Keyed by the order id so answers for one order stay in order.
 *
 * @param shortages empty unless {@code status} is {@link ReservationStatus#SHORT}
 */
public record StockReservationUpdated(UUID orderId, long itemListVersion, ReservationStatus status,
        List<Shortage> shortages, Instant at) implements EventPayload {

    public StockReservationUpdated {
        shortages = shortages == null ? List.of() : List.copyOf(shortages);
    }

    @Override
    public UUID aggregateId() {
        return orderId;
    }
}
