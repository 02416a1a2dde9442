package dev.atelier.order.orders.domain;

import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An order as the designer agreed it with the customer. Balance due and payment status are
 * derived from the price and what was paid.
 */
public record Order(UUID id, UUID customerId, UUID measurementId, MeasurementSnapshot measurement,
        List<OrderItem> items, Money price, Money amountPaid, Money amountRefunded, LocalDate deliveryDate,
        DeliveryMethod deliveryMethod, DeliveryAddress deliveryAddress, String notes, OrderStatus status,
        StockStatus stockStatus, List<StockShortage> shortages, int itemListVersion, Instant deliveredAt,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public Order {
        items = List.copyOf(items);
        shortages = List.copyOf(shortages);
    }

    /** What a new order is made of, already checked field by field. */
    public record Terms(UUID customerId, UUID measurementId, List<OrderItem> items, Money price,
            LocalDate deliveryDate, DeliveryMethod deliveryMethod, DeliveryAddress deliveryAddress, String notes) {
    }

    /**
     * A new order: PENDING, stock RESERVING (inventory answers), nothing paid. The delivery date
     * may not lie before the order date, and DELIVERY needs an address.
     */
    public static Order create(Terms terms, Instant now, String user) {
        if (terms.items().isEmpty()) {
            throw new InvalidValueException("items", "must contain at least one item");
        }
        LocalDate orderDate = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (terms.deliveryDate().isBefore(orderDate)) {
            throw new InvalidValueException("deliveryDate", "must not be before the order date " + orderDate);
        }
        if (terms.deliveryMethod() == DeliveryMethod.DELIVERY && terms.deliveryAddress() == null) {
            throw new InvalidValueException("deliveryAddress", "is required when deliveryMethod is DELIVERY");
        }
        Money nothing = Money.zero(terms.price().currency());
        return new Order(UUID.randomUUID(), terms.customerId(), terms.measurementId(), null, terms.items(),
                terms.price(), nothing, nothing, terms.deliveryDate(), terms.deliveryMethod(), terms.deliveryAddress(),
                terms.notes(), OrderStatus.PENDING, StockStatus.RESERVING, List.of(), 1, null, 0, now, user, now, user);
    }

    /**
     * The order after a status move, checked by {@link OrderStatus#moveTo}; DELIVERED records
     * when.
     *
     * @throws IllegalStatusMoveException naming the allowed moves
     */
    public Order moveTo(OrderStatus target, Instant now, String user) {
        OrderStatus next = status.moveTo(target, stockStatus, hasStockTrackedItems());
        return new Order(id, customerId, measurementId, measurement, items, price, amountPaid, amountRefunded,
                deliveryDate, deliveryMethod, deliveryAddress, notes, next, stockStatus, shortages, itemListVersion,
                next == OrderStatus.DELIVERED ? now : deliveredAt, version + 1, createdAt, createdBy, now, user);
    }

    public Money balanceDue() {
        return price.minus(amountPaid);
    }

    public PaymentStatus paymentStatus() {
        if (amountPaid.amount().signum() == 0) {
            return PaymentStatus.UNPAID;
        }
        return amountPaid.amount().compareTo(price.amount()) >= 0 ? PaymentStatus.PAID : PaymentStatus.PARTIALLY_PAID;
    }

    /**
     * The stock inventory must reserve: each inventory item once, its quantities summed, in
     * the order the items were listed (desired state for the stock saga).
     */
    public Map<UUID, BigDecimal> stockToReserve() {
        Map<UUID, BigDecimal> stock = new LinkedHashMap<>();
        for (OrderItem item : items) {
            if (item.isStockTracked()) {
                stock.merge(item.inventoryItemId(), item.quantity(), BigDecimal::add);
            }
        }
        return stock;
    }

    public boolean hasStockTrackedItems() {
        return items.stream().anyMatch(OrderItem::isStockTracked);
    }
}
