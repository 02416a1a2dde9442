package dev.atelier.order.orders.domain;

import dev.atelier.platform.domain.Ids;
import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * An order as the designer agreed it with the customer, and the only way to change it: status moves,
 * revised terms, item changes, payments and inventory's answers are its methods, each checked here
 * (what may change when: {@link ChangeWindow}) and built through one copy path that bumps the
 * version ({@link OrderDraft}). A change that changes nothing answers the order as it was.
 */
public record Order(UUID id, UUID customerId, @Nullable UUID measurementId, @Nullable MeasurementSnapshot measurement,
        List<OrderItem> items, Money price, PaymentTally payments, Delivery delivery, @Nullable String notes,
        OrderStatus status, StockReservation reservation, @Nullable Instant deliveredAt, Audit audit) {

    /** The most items an order holds. */
    public static final int MAX_ITEMS = 100;

    public Order {
        items = List.copyOf(items);
    }

    /** What a new order is made of, or what a revision asks for, already checked field by field. */
    public record Terms(UUID customerId, @Nullable UUID measurementId, List<OrderItem> items, Money price,
            Delivery delivery, @Nullable String notes) {
    }

    /**
     * A new order: PENDING, stock RESERVING (inventory answers), nothing paid. {@code shopZone}
     * decides which date "today" is (a shop west of UTC is still on its day).
     */
    public static Order create(Terms terms, Instant now, ZoneId shopZone, String user) {
        checkItems(terms.items(), i -> "items[" + i + "].quantity");
        terms.delivery().checkAgainst(LocalDate.ofInstant(now, shopZone));
        return new Order(Ids.newId(), terms.customerId(), terms.measurementId(), null, terms.items(),
                terms.price(), PaymentTally.none(terms.price().currency()), terms.delivery(), terms.notes(),
                OrderStatus.PENDING, StockReservation.first(), null, Audit.created(now, user));
    }

    /** A new order with the measurement copy taken for it (not a change: the version stays). */
    public Order withMeasurementCopy(@Nullable MeasurementSnapshot copy) {
        if (copy == null) {
            return this;
        }
        OrderDraft draft = draft();
        draft.measurementId = copy.id();
        draft.measurement = copy;
        return draft.build(audit);
    }

    /** The order after a status move, checked by {@link OrderStatus#moveTo}; DELIVERED records when. */
    public Order moveTo(OrderStatus target, Instant now, String user) {
        OrderDraft draft = draft();
        draft.status = status.moveTo(target, reservation.status(), hasStockTrackedItems());
        if (draft.status == OrderStatus.DELIVERED) {
            draft.deliveredAt = now;
        }
        return draft.by(now, user);
    }

    /** Whether {@code terms} link a new measurement set the rules allow: copy it from customer-service first. */
    public boolean needsMeasurementCopy(Terms terms) {
        return terms.measurementId() != null && !terms.measurementId().equals(measurementId)
                && ChangeWindow.MEASUREMENT.isOpenIn(status) && customerId.equals(terms.customerId());
    }

    /**
     * The order with new terms (a PUT, or a PATCH merged over the current terms). {@code copy}: the
     * copy of a newly linked set ({@link #needsMeasurementCopy}); the same set keeps the order's copy.
     *
     * @throws InvalidValueException for a value no status allows (customer change, delivery date
     *         before the order date, DELIVERY without address, items over the limits)
     * @throws OrderChangeRefusedException for a change the current status does not allow
     */
    public Order revise(Terms terms, @Nullable MeasurementSnapshot copy, Instant now, ZoneId shopZone, String user) {
        if (!customerId.equals(terms.customerId())) {
            throw new InvalidValueException("customerId",
                    "cannot change after the order was created; create a new order for the other customer");
        }
        boolean itemsChanged = !OrderItem.sameContent(items, terms.items());
        boolean measurementChanged = !Objects.equals(measurementId, terms.measurementId());
        boolean priceChanged = !price.equals(terms.price());
        String deliveryChange = delivery.firstChangeTo(terms.delivery());
        if (deliveryChange == null && !Objects.equals(notes, terms.notes())) {
            deliveryChange = "notes";
        }
        if (!itemsChanged && !measurementChanged && !priceChanged && deliveryChange == null) {
            return this;
        }
        OrderDraft draft = draft();
        if (itemsChanged) {
            ChangeWindow.ITEMS.require(status, "items");
            checkItems(terms.items(), i -> "items[" + i + "].quantity");
            draft.newItemList(terms.items());
        }
        if (measurementChanged) {
            ChangeWindow.MEASUREMENT.require(status, "measurementId");
            draft.measurementId = terms.measurementId();
            draft.measurement = copy;
        }
        if (priceChanged) {
            ChangeWindow.PRICE.require(status, "price");
            if (!price.currency().equals(terms.price().currency()) && payments.any()) {
                throw new OrderChangeRefusedException("price.currency", status, Set.of(),
                        "the currency cannot change once a payment was recorded in " + price.currency());
            }
            draft.price = terms.price();
            draft.payments = payments.inCurrencyOf(terms.price());
        }
        if (deliveryChange != null) {
            ChangeWindow.DELIVERY.require(status, deliveryChange);
            terms.delivery().checkAgainst(LocalDate.ofInstant(audit.createdAt(), shopZone));
            draft.delivery = terms.delivery();
            draft.notes = terms.notes();
        }
        return draft.by(now, user);
    }

    /** The item {@code itemId} with its place in this order, if the order has it. */
    public Optional<PlacedItem> placed(UUID itemId) {
        for (int position = 0; position < items.size(); position++) {
            if (items.get(position).id().equals(itemId)) {
                return Optional.of(new PlacedItem(id, position, items.get(position), audit.version()));
            }
        }
        return Optional.empty();
    }

    /** The order with one more item at the end. */
    public Order addItem(OrderItem item, Instant now, String user) {
        List<OrderItem> more = new ArrayList<>(items);
        more.add(item);
        return withItems(more, now, user);
    }

    /** The order with the item {@code itemId} replaced by {@code content} (keeping the item's id). */
    public Order changeItem(UUID itemId, OrderItem content, Instant now, String user) {
        return withItems(items.stream().map(item -> item.id().equals(itemId) ? content.withId(itemId) : item).toList(),
                now, user);
    }

    /**
     * The order without the item {@code itemId}. An order needs at least one item: removing the
     * last one is refused (delete or cancel the order instead).
     */
    public Order removeItem(UUID itemId, Instant now, String user) {
        List<OrderItem> rest = items.stream().filter(item -> !item.id().equals(itemId)).toList();
        if (rest.isEmpty()) {
            ChangeWindow.ITEMS.require(status, "items");
            throw new OrderChangeRefusedException("items", status, Set.of(),
                    "an order needs at least one item; delete the order (or cancel it) instead");
        }
        return withItems(rest, now, user);
    }

    private Order withItems(List<OrderItem> changed, Instant now, String user) {
        ChangeWindow.ITEMS.require(status, "items");
        // The one item written is what takes a sum over the limit: the others passed before.
        checkItems(changed, i -> "quantity");
        OrderDraft draft = draft();
        draft.newItemList(changed);
        return draft.by(now, user);
    }

    /** @throws OrderChangeRefusedException unless the order is PENDING with nothing paid */
    public void checkDeletable() {
        if (!ChangeWindow.DELETION.isOpenIn(status)) {
            throw new OrderChangeRefusedException("status", status, ChangeWindow.DELETION.openWhile(),
                    "only a PENDING order can be deleted; this one is " + status
                            + (status.allowedMoves().contains(OrderStatus.CANCELLED) ? ", cancel it instead" : ""));
        }
        if (payments.any()) {
            throw new OrderChangeRefusedException("status", status, Set.of(),
                    "an order with recorded payments cannot be deleted; cancel it instead");
        }
    }

    /**
     * The price minus what was paid net. Negative only when the price was lowered below what was
     * already paid: the shop then owes a refund.
     */
    public Money balanceDue() {
        return payments.dueOn(price);
    }

    public PaymentStatus paymentStatus() {
        return payments.statusFor(price);
    }

    /**
     * The order after the customer paid {@code amount} (a deposit or the rest). Allowed while the
     * order is not CANCELLED, up to the balance due.
     *
     * @throws InvalidValueException {@code amount}: not positive or not the order's currency
     * @throws PaymentRefusedException CANCELLED, or more than the balance due
     */
    public Order receive(Money amount, Instant now, String user) {
        PaymentTally.checkAmount(amount, price.currency());
        if (status == OrderStatus.CANCELLED) {
            throw new PaymentRefusedException(PaymentRefusedException.Reason.ORDER_CANCELLED,
                    "a cancelled order takes no payments, only refunds", payments.net());
        }
        OrderDraft draft = draft();
        draft.payments = payments.receive(amount, price);
        return draft.by(now, user);
    }

    /**
     * The order after {@code amount} was given back to the customer; in any status (a cancelled
     * order is refunded), up to what was paid net.
     *
     * @throws InvalidValueException {@code amount}: not positive or not the order's currency
     * @throws PaymentRefusedException more than what was paid net
     */
    public Order refund(Money amount, Instant now, String user) {
        PaymentTally.checkAmount(amount, price.currency());
        OrderDraft draft = draft();
        draft.payments = payments.refund(amount);
        return draft.by(now, user);
    }

    /**
     * The order after inventory answered for item-list version {@code answeredVersion}: itself when
     * the reservation ignores the answer ({@link StockReservation#answered}), else the new stock
     * status and shortages with the version bumped.
     */
    public Order withStockAnswer(long answeredVersion, StockStatus answer, List<StockShortage> answerShortages,
            Instant now, String by) {
        StockReservation answered = reservation.answered(answeredVersion, answer, answerShortages);
        if (answered == reservation) {
            return this;
        }
        OrderDraft draft = draft();
        draft.reservation = answered;
        return draft.by(now, by);
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

    /**
     * The item list's rules, for a new order, revised terms and a single item change alike. Stated
     * here only, not on the request bodies too: the item endpoints change the list without sending
     * one, so only the order sees every change.
     */
    private static void checkItems(List<OrderItem> items, IntFunction<String> quantityField) {
        if (items.isEmpty()) {
            throw new InvalidValueException("items", "must contain at least one item");
        }
        if (items.size() > MAX_ITEMS) {
            throw new InvalidValueException("items", "must contain at most " + MAX_ITEMS + " items");
        }
        OrderItem.checkTotals(items, quantityField);
    }

    private OrderDraft draft() {
        return new OrderDraft(this);
    }
}
