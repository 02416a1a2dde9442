package dev.atelier.inventory.reservations.persistence;

import dev.atelier.inventory.reservations.domain.OrderReservationStatus;
import java.util.UUID;

/** An order's reservation header; {@code status} is null until the first event was applied. */
public record OrderReservationState(UUID orderId, long itemListVersion, OrderReservationStatus status) {

    /**
     * No event of the order has been applied, so it holds nothing: lines are only written by an
     * applied event, which also sets the status.
     */
    public boolean isNew() {
        return status == null;
    }
}
