package dev.atelier.order.orders.domain;

import dev.atelier.platform.domain.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The one copy path of {@link Order}: a change starts from the order, sets what it changes, and
 * builds the changed order (one version on). Only the aggregate uses it.
 */
final class OrderDraft {

    private final Order from;
    UUID measurementId;
    MeasurementSnapshot measurement;
    private List<OrderItem> items;
    Money price;
    PaymentTally payments;
    Delivery delivery;
    String notes;
    OrderStatus status;
    StockReservation reservation;
    Instant deliveredAt;

    OrderDraft(Order from) {
        this.from = from;
        this.measurementId = from.measurementId();
        this.measurement = from.measurement();
        this.items = from.items();
        this.price = from.price();
        this.payments = from.payments();
        this.delivery = from.delivery();
        this.notes = from.notes();
        this.status = from.status();
        this.reservation = from.reservation();
        this.deliveredAt = from.deliveredAt();
    }

    /** A new item list is a new version for inventory to reserve for: stock goes back to RESERVING. */
    void newItemList(List<OrderItem> newItems) {
        items = newItems;
        reservation = from.reservation().forNewItemList();
    }

    /** The changed order, one version on, changed by {@code user} at {@code now}. */
    Order by(Instant now, String user) {
        return build(from.audit().next(now, user));
    }

    Order build(Audit audit) {
        return new Order(from.id(), from.customerId(), measurementId, measurement, items, price, payments, delivery,
                notes, status, reservation, deliveredAt, audit);
    }
}
