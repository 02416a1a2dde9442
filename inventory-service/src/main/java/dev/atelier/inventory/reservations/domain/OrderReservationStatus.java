package dev.atelier.inventory.reservations.domain;

/** Where an order's reservation stands; RELEASED and CONSUMED are final. */
public enum OrderReservationStatus {
    RESERVED, SHORT, RELEASED, CONSUMED;

    public boolean isFinal() {
        return this == RELEASED || this == CONSUMED;
    }
}
