package dev.atelier.order.orders.domain;

import static dev.atelier.order.orders.domain.OrderStatus.COMPLETED;
import static dev.atelier.order.orders.domain.OrderStatus.IN_PROGRESS;
import static dev.atelier.order.orders.domain.OrderStatus.PENDING;

import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.domain.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * What may change in an order after it was created, and in which status. One place for the rules:
 *
 * <ul>
 *   <li>items and the linked measurement set: only while PENDING (inventory reserves for the item
 *       list; work is cut to the measurements);</li>
 *   <li>price: while PENDING or IN_PROGRESS; its currency only while nothing was paid;</li>
 *   <li>delivery date, method, address and notes: until the order is DELIVERED or CANCELLED;</li>
 *   <li>the customer: never (a new order is made for another customer);</li>
 *   <li>deleting: only a PENDING order with nothing paid; anything later is cancelled instead.</li>
 * </ul>
 *
 * Every item change bumps the item-list version (the version inventory answers for) and puts the
 * stock back to RESERVING; every change bumps the order's version. A change that changes nothing
 * answers the order as it was.
 */
public final class OrderRevisions {

    public static final int MAX_ITEMS = 100;

    static final Set<OrderStatus> ITEMS_OPEN = Collections.unmodifiableSet(EnumSet.of(PENDING));
    static final Set<OrderStatus> MEASUREMENT_OPEN = ITEMS_OPEN;
    static final Set<OrderStatus> PRICE_OPEN = Collections.unmodifiableSet(EnumSet.of(PENDING, IN_PROGRESS));
    static final Set<OrderStatus> DELIVERY_OPEN = Collections.unmodifiableSet(EnumSet.of(PENDING, IN_PROGRESS, COMPLETED));

    private OrderRevisions() {
    }

    /** A new order (already checked by {@link Order#create}) with the measurement copy taken for it. */
    public static Order withMeasurementCopy(Order order, MeasurementSnapshot measurement) {
        return measurement == null ? order : copy(order, order.items(), measurement.id(), measurement, order.price(),
                order.deliveryDate(), order.deliveryMethod(), order.deliveryAddress(), order.notes(),
                order.itemListVersion(), order.stockStatus(), order.version(), order.updatedAt(), order.updatedBy());
    }

    /**
     * The order with new terms (a PUT, or a PATCH merged over the current terms). {@code measurement}
     * is the copy to keep: the current one when {@code terms.measurementId()} did not change, a fresh
     * copy when it did, null when unlinked.
     *
     * @throws InvalidValueException for a value no status allows (customer change, delivery date
     *         before the order date, DELIVERY without address)
     * @throws OrderChangeRefusedException for a change the current status does not allow
     */
    public static Order reviseTerms(Order order, Order.Terms terms, MeasurementSnapshot measurement, Instant now,
            String user) {
        return reviseTerms(order, terms, measurement, now, ZoneOffset.UTC, user);
    }

    /** As above; {@code shopZone} decides the order's date (the shop's day when it was created). */
    public static Order reviseTerms(Order order, Order.Terms terms, MeasurementSnapshot measurement, Instant now,
            ZoneId shopZone, String user) {
        if (!order.customerId().equals(terms.customerId())) {
            throw new InvalidValueException("customerId",
                    "cannot change after the order was created; create a new order for the other customer");
        }
        List<OrderItem> items = sameContent(order.items(), terms.items()) ? order.items() : terms.items();
        boolean itemsChanged = items != order.items();
        boolean measurementChanged = !Objects.equals(order.measurementId(), terms.measurementId());
        boolean priceChanged = !order.price().equals(terms.price());
        String deliveryChange = !order.deliveryDate().equals(terms.deliveryDate()) ? "deliveryDate"
                : order.deliveryMethod() != terms.deliveryMethod() ? "deliveryMethod"
                : !Objects.equals(order.deliveryAddress(), terms.deliveryAddress()) ? "deliveryAddress"
                : !Objects.equals(order.notes(), terms.notes()) ? "notes" : null;
        boolean deliveryChanged = deliveryChange != null;
        if (!itemsChanged && !measurementChanged && !priceChanged && !deliveryChanged) {
            return order;
        }
        if (itemsChanged) {
            requireStatus(order, "items", ITEMS_OPEN, "items change only while the order is PENDING");
            checkItems(items, i -> "items[" + i + "].quantity");
        }
        if (measurementChanged) {
            requireStatus(order, "measurementId", MEASUREMENT_OPEN,
                    "the linked measurement set changes only while the order is PENDING");
        }
        if (priceChanged) {
            requireStatus(order, "price", PRICE_OPEN, "the price changes only while the order is PENDING or IN_PROGRESS");
            if (!order.price().currency().equals(terms.price().currency())
                    && order.amountPaid().amount().signum() != 0) {
                throw new OrderChangeRefusedException("price.currency", order.status(), Set.of(),
                        "the currency cannot change once a payment was recorded in " + order.price().currency());
            }
        }
        if (deliveryChanged) {
            requireStatus(order, deliveryChange, DELIVERY_OPEN,
                    "delivery and notes change only until the order is DELIVERED or CANCELLED");
            checkDelivery(order, terms, shopZone);
        }
        MeasurementSnapshot copy = measurementChanged ? measurement : order.measurement();
        return copy(order, items, terms.measurementId(), copy, terms.price(), terms.deliveryDate(), terms.deliveryMethod(),
                terms.deliveryAddress(), terms.notes(), itemsChanged ? order.itemListVersion() + 1 : order.itemListVersion(),
                itemsChanged ? StockStatus.RESERVING : order.stockStatus(), order.version() + 1, now, user);
    }

    /** The order with one more item at the end. */
    public static Order addItem(Order order, OrderItem item, Instant now, String user) {
        List<OrderItem> items = new ArrayList<>(order.items());
        items.add(item);
        return withItems(order, items, now, user);
    }

    /** The order with the item {@code itemId} replaced by {@code content} (keeping the item's id). */
    public static Order changeItem(Order order, UUID itemId, OrderItem content, Instant now, String user) {
        List<OrderItem> items = order.items().stream()
                .map(item -> item.id().equals(itemId)
                        ? new OrderItem(itemId, content.inventoryItemId(), content.size(), content.description(),
                                content.quantity())
                        : item)
                .toList();
        return withItems(order, items, now, user);
    }

    /**
     * The order without the item {@code itemId}. An order needs at least one item: removing the
     * last one is refused (delete or cancel the order instead).
     */
    public static Order removeItem(Order order, UUID itemId, Instant now, String user) {
        List<OrderItem> items = order.items().stream().filter(item -> !item.id().equals(itemId)).toList();
        if (items.isEmpty()) {
            requireStatus(order, "items", ITEMS_OPEN, "items change only while the order is PENDING");
            throw new OrderChangeRefusedException("items", order.status(), Set.of(),
                    "an order needs at least one item; delete the order (or cancel it) instead");
        }
        return withItems(order, items, now, user);
    }

    /** @throws OrderChangeRefusedException unless the order is PENDING with nothing paid */
    public static void checkDeletable(Order order) {
        if (order.status() != PENDING) {
            throw new OrderChangeRefusedException("status", order.status(), ITEMS_OPEN,
                    "only a PENDING order can be deleted; this one is " + order.status()
                            + (order.status().allowedMoves().contains(OrderStatus.CANCELLED) ? ", cancel it instead" : ""));
        }
        if (order.amountPaid().amount().signum() != 0) {
            throw new OrderChangeRefusedException("status", order.status(), Set.of(),
                    "an order with recorded payments cannot be deleted; cancel it instead");
        }
    }

    private static Order withItems(Order order, List<OrderItem> items, Instant now, String user) {
        requireStatus(order, "items", ITEMS_OPEN, "items change only while the order is PENDING");
        // The one item written is what takes a sum over the limit: the others passed before.
        checkItems(items, i -> "quantity");
        return copy(order, items, order.measurementId(), order.measurement(), order.price(), order.deliveryDate(), order.deliveryMethod(),
                order.deliveryAddress(), order.notes(), order.itemListVersion() + 1, StockStatus.RESERVING,
                order.version() + 1, now, user);
    }

    private static void checkItems(List<OrderItem> items, IntFunction<String> quantityField) {
        if (items.isEmpty()) {
            throw new InvalidValueException("items", "must contain at least one item");
        }
        if (items.size() > MAX_ITEMS) {
            throw new InvalidValueException("items", "must contain at most " + MAX_ITEMS + " items");
        }
        OrderItem.checkTotals(items, quantityField);
    }

    private static void checkDelivery(Order order, Order.Terms terms, ZoneId shopZone) {
        LocalDate orderDate = LocalDate.ofInstant(order.createdAt(), shopZone);
        if (terms.deliveryDate().isBefore(orderDate)) {
            throw new InvalidValueException("deliveryDate", "must not be before the order date " + orderDate);
        }
        if (terms.deliveryMethod() == DeliveryMethod.DELIVERY && terms.deliveryAddress() == null) {
            throw new InvalidValueException("deliveryAddress", "is required when deliveryMethod is DELIVERY");
        }
    }

    private static void requireStatus(Order order, String field, Set<OrderStatus> open, String message) {
        if (!open.contains(order.status())) {
            throw new OrderChangeRefusedException(field, order.status(), open,
                    message + "; this order is " + order.status());
        }
    }

    /** Same items in the same order, whatever their ids (a PUT sends items without ids). */
    private static boolean sameContent(List<OrderItem> current, List<OrderItem> wanted) {
        if (current.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            OrderItem a = current.get(i);
            OrderItem b = wanted.get(i);
            if (!Objects.equals(a.inventoryItemId(), b.inventoryItemId()) || !Objects.equals(a.size(), b.size())
                    || !Objects.equals(a.description(), b.description())
                    || a.quantity().compareTo(b.quantity()) != 0) {
                return false;
            }
        }
        return true;
    }

    private static Order copy(Order order, List<OrderItem> items, UUID measurementId, MeasurementSnapshot measurement,
            Money price, LocalDate deliveryDate, DeliveryMethod deliveryMethod,
            DeliveryAddress deliveryAddress, String notes, int itemListVersion, StockStatus stockStatus, long version,
            Instant now, String user) {
        boolean stockReset = stockStatus == StockStatus.RESERVING && order.stockStatus() != StockStatus.RESERVING;
        return new Order(order.id(), order.customerId(), measurementId, measurement,
                items, price, order.amountPaid(), order.amountRefunded(), deliveryDate, deliveryMethod, deliveryAddress,
                notes, order.status(), stockStatus, stockReset || itemListVersion != order.itemListVersion() ? List.of()
                        : order.shortages(), itemListVersion, order.deliveredAt(), version, order.createdAt(),
                order.createdBy(), now, user);
    }
}
