package dev.atelier.order.orders.domain;

import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
        return create(terms, now, ZoneOffset.UTC, user);
    }

    /** A new order; {@code shopZone} decides which date "today" is (a shop west of UTC is still on its day). */
    public static Order create(Terms terms, Instant now, ZoneId shopZone, String user) {
        if (terms.items().isEmpty()) {
            throw new InvalidValueException("items", "must contain at least one item");
        }
        OrderItem.checkTotals(terms.items(), i -> "items[" + i + "].quantity");
        LocalDate orderDate = LocalDate.ofInstant(now, shopZone);
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

    /**
     * Whether money was ever recorded for this order. Such an order keeps its payment records: it
     * may not be deleted (the database refuses too), and its price currency may not change.
     */
    public boolean hasPayments() {
        return amountPaid.amount().signum() > 0;
    }

    /** What the customer has paid and not had back. */
    public Money netPaid() {
        return amountPaid.minus(amountRefunded);
    }

    /**
     * The price minus what was paid net. Negative only when the price was lowered below what was
     * already paid: the shop then owes a refund.
     */
    public Money balanceDue() {
        return price.minus(netPaid());
    }

    /**
     * UNPAID: nothing ever paid. REFUNDED: something was paid and all of it refunded.
     * PAID: what was paid net covers the price. PARTIALLY_PAID: anything in between (also after a
     * partial refund). {@code OrderRepository} filters by the same rules in SQL.
     */
    public PaymentStatus paymentStatus() {
        if (amountPaid.amount().signum() == 0) {
            return PaymentStatus.UNPAID;
        }
        BigDecimal net = netPaid().amount();
        if (net.signum() == 0) {
            return PaymentStatus.REFUNDED;
        }
        return net.compareTo(price.amount()) >= 0 ? PaymentStatus.PAID : PaymentStatus.PARTIALLY_PAID;
    }

    /**
     * The order after the customer paid {@code amount} (a deposit or the rest). Allowed while the
     * order is not CANCELLED, up to the balance due.
     *
     * @throws InvalidValueException {@code amount}: not positive or not the order's currency
     * @throws PaymentRefusedException CANCELLED, or more than the balance due
     */
    public Order receive(Money amount, Instant now, String user) {
        checkPositiveInOrderCurrency(amount);
        if (status == OrderStatus.CANCELLED) {
            throw new PaymentRefusedException(PaymentRefusedException.Reason.ORDER_CANCELLED,
                    "a cancelled order takes no payments, only refunds", netPaid());
        }
        Money due = balanceDue();
        if (amount.amount().compareTo(due.amount()) > 0) {
            throw new PaymentRefusedException(PaymentRefusedException.Reason.OVERPAYMENT,
                    "the payment of " + amount.amount() + " " + amount.currency() + " exceeds the balance due of "
                            + due.amount().max(BigDecimal.ZERO) + " " + due.currency(),
                    due.amount().signum() < 0 ? Money.zero(due.currency()) : due);
        }
        return withPayments(plusWithinTotals(amountPaid, amount, "payments"), amountRefunded, now, user);
    }

    /**
     * The order after {@code amount} was given back to the customer; in any status (a cancelled
     * order is refunded), up to what was paid net.
     *
     * @throws InvalidValueException {@code amount}: not positive or not the order's currency
     * @throws PaymentRefusedException more than what was paid net
     */
    public Order refund(Money amount, Instant now, String user) {
        checkPositiveInOrderCurrency(amount);
        Money refundable = netPaid();
        if (amount.amount().compareTo(refundable.amount()) > 0) {
            throw new PaymentRefusedException(PaymentRefusedException.Reason.REFUND_EXCEEDS_PAID,
                    "the refund of " + amount.amount() + " " + amount.currency() + " exceeds the "
                            + refundable.amount() + " " + refundable.currency() + " paid net",
                    refundable);
        }
        return withPayments(amountPaid, plusWithinTotals(amountRefunded, amount, "refunds"), now, user);
    }

    private void checkPositiveInOrderCurrency(Money amount) {
        if (!amount.currency().equals(price.currency())) {
            throw new InvalidValueException("amount.currency",
                    "must be " + price.currency() + ", the order's currency, not " + amount.currency());
        }
        if (amount.amount().signum() <= 0) {
            throw new InvalidValueException("amount.amount", "must be greater than 0");
        }
    }

    /** The amount_paid and amount_refunded columns are numeric(16, 4): totals stay below 10^12. */
    private static final BigDecimal TOTALS_LIMIT = new BigDecimal("1000000000000");

    /**
     * Each payment is at most the price and each refund at most what was paid, but repeated pay/refund
     * cycles grow both running totals without bound; refused before a column would overflow.
     */
    private Money plusWithinTotals(Money total, Money amount, String what) {
        BigDecimal sum = total.amount().add(amount.amount());
        if (sum.compareTo(TOTALS_LIMIT) >= 0) {
            throw new PaymentRefusedException(PaymentRefusedException.Reason.TOTALS_FULL,
                    "this order's " + what + " already total " + total.amount() + " " + total.currency()
                            + "; its running totals stay below 10^12, so record further money on a new order",
                    total);
        }
        return new Money(sum, total.currency());
    }

    private Order withPayments(Money paid, Money refunded, Instant now, String user) {
        return new Order(id, customerId, measurementId, measurement, items, price, paid, refunded, deliveryDate,
                deliveryMethod, deliveryAddress, notes, status, stockStatus, shortages, itemListVersion, deliveredAt,
                version + 1, createdAt, createdBy, now, user);
    }

    /**
     * The order after inventory answered for item-list version {@code answeredVersion}: itself when
     * the answer is stale (another version), changes nothing, or comes after the stock was RELEASED
     * (final: the order was cancelled); else the new stock status and shortages with the version
     * bumped.
     */
    public Order withStockAnswer(long answeredVersion, StockStatus answer, List<StockShortage> answerShortages,
            Instant now, String by) {
        List<StockShortage> newShortages = answer == StockStatus.SHORT ? List.copyOf(answerShortages) : List.of();
        if (answeredVersion != itemListVersion || stockStatus == StockStatus.RELEASED
                || (answer == stockStatus && newShortages.equals(shortages))) {
            return this;
        }
        return new Order(id, customerId, measurementId, measurement, items, price, amountPaid, amountRefunded,
                deliveryDate, deliveryMethod, deliveryAddress, notes, status, answer, newShortages, itemListVersion,
                deliveredAt, version + 1, createdAt, createdBy, now, by);
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
