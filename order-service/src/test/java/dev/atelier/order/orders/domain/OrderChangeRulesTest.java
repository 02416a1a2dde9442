package dev.atelier.order.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What may change in an order after creation, per status: the rules the {@link Order} aggregate keeps. */
class OrderChangeRulesTest {

    private static final Instant CREATED = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-25T09:00:00Z");
    private static final UUID SILK = UUID.randomUUID();

    private static OrderItem silk(String quantity) {
        return OrderItem.of(SILK, "UK 12", null, new BigDecimal(quantity), "items[0]");
    }

    private static OrderItem bodice() {
        return OrderItem.of(null, null, "Hand-beaded bodice", BigDecimal.ONE, "items[1]");
    }

    private static Order pending() {
        return Order.create(new Order.Terms(UUID.randomUUID(), null, List.of(silk("3"), bodice()),
                Money.of(new BigDecimal("450"), "EUR", "price"),
                new Delivery(LocalDate.parse("2026-12-20"), DeliveryMethod.PICKUP, null), "first"), CREATED, ZoneOffset.UTC, "lead");
    }

    private static Order in(OrderStatus status) {
        Order order = pending();
        return new Order(order.id(), order.customerId(), null, null, order.items(), order.price(), order.payments(),
                order.delivery(), order.notes(), status, new StockReservation(StockStatus.RESERVED, List.of(), 1), null,
                new Audit(3, CREATED, "lead", CREATED, "lead"));
    }

    /** The rules with "today" on the UTC day. */
    private static Order revise(Order order, Order.Terms terms, MeasurementSnapshot copy, Instant now, String user) {
        return order.revise(terms, copy, now, ZoneOffset.UTC, user);
    }

    private static Order.Terms termsOf(Order order) {
        return new Order.Terms(order.customerId(), order.measurementId(), order.items(), order.price(),
                order.delivery(), order.notes());
    }

    private static Order.Terms withItems(Order.Terms t, List<OrderItem> items) {
        return new Order.Terms(t.customerId(), t.measurementId(), items, t.price(), t.delivery(), t.notes());
    }

    private static Order.Terms withPrice(Order.Terms t, String amount, String currency) {
        return new Order.Terms(t.customerId(), t.measurementId(), t.items(),
                Money.of(new BigDecimal(amount), currency, "price"), t.delivery(), t.notes());
    }

    private static Order.Terms withDelivery(Order.Terms t, LocalDate date, String notes) {
        return new Order.Terms(t.customerId(), t.measurementId(), t.items(), t.price(),
                new Delivery(date, t.delivery().method(), t.delivery().address()), notes);
    }

    @Test
    void the_same_terms_change_nothing_not_even_the_version() {
        Order order = pending();
        Order.Terms same = withItems(termsOf(order), List.of(silk("3.000"), bodice()));
        assertThat(revise(order, same, null, LATER, "lead")).isSameAs(order);
    }

    @Test
    void new_items_while_pending_bump_both_versions_and_stock_goes_back_to_reserving() {
        Order order = in(OrderStatus.PENDING);
        Order revised = revise(order, withItems(termsOf(order), List.of(silk("5"))), null, LATER,
                "ines");
        assertThat(revised.items()).hasSize(1);
        assertThat(revised.reservation().itemListVersion()).isEqualTo(2);
        assertThat(revised.audit().version()).isEqualTo(4);
        assertThat(revised.reservation().status()).isEqualTo(StockStatus.RESERVING);
        assertThat(revised.audit().updatedAt()).isEqualTo(LATER);
        assertThat(revised.audit().updatedBy()).isEqualTo("ines");
        assertThat(revised.audit().createdBy()).isEqualTo("lead");
    }

    @Test
    void terms_without_item_changes_keep_the_item_ids_and_the_item_list_version() {
        Order order = in(OrderStatus.PENDING);
        Order revised = revise(order,
                withDelivery(withItems(termsOf(order), List.of(silk("3"), bodice())), LocalDate.parse("2026-12-24"),
                        "later"), null, LATER, "lead");
        assertThat(revised.items()).isEqualTo(order.items());
        assertThat(revised.reservation().itemListVersion()).isEqualTo(1);
        assertThat(revised.reservation().status()).isEqualTo(StockStatus.RESERVED);
        assertThat(revised.audit().version()).isEqualTo(4);
        assertThat(revised.notes()).isEqualTo("later");
    }

    @Test
    void items_change_only_while_pending() {
        for (OrderStatus status : List.of(OrderStatus.IN_PROGRESS, OrderStatus.COMPLETED, OrderStatus.DELIVERED,
                OrderStatus.CANCELLED)) {
            Order order = in(status);
            assertThatThrownBy(() -> revise(order, withItems(termsOf(order), List.of(silk("1"))),
                    null, LATER, "lead"))
                    .isInstanceOf(OrderChangeRefusedException.class)
                    .satisfies(e -> {
                        OrderChangeRefusedException refused = (OrderChangeRefusedException) e;
                        assertThat(refused.field()).isEqualTo("items");
                        assertThat(refused.allowedWhile()).containsExactly(OrderStatus.PENDING);
                    });
            assertThatThrownBy(() -> order.addItem(bodice(), LATER, "lead"))
                    .isInstanceOf(OrderChangeRefusedException.class);
        }
    }

    @Test
    void the_price_changes_while_pending_or_in_progress_only() {
        Order started = in(OrderStatus.IN_PROGRESS);
        assertThat(revise(started, withPrice(termsOf(started), "500", "EUR"), null, LATER, "lead")
                .price())
                .isEqualTo(new Money(new BigDecimal("500.00"), "EUR"));
        for (OrderStatus status : List.of(OrderStatus.COMPLETED, OrderStatus.DELIVERED, OrderStatus.CANCELLED)) {
            Order order = in(status);
            assertThatThrownBy(() -> revise(order, withPrice(termsOf(order), "500", "EUR"), null,
                    LATER, "lead"))
                    .isInstanceOf(OrderChangeRefusedException.class)
                    .extracting(e -> ((OrderChangeRefusedException) e).field()).isEqualTo("price");
        }
    }

    @Test
    void the_currency_cannot_change_once_something_was_paid() {
        Order unpaid = in(OrderStatus.PENDING);
        Order paid = new Order(unpaid.id(), unpaid.customerId(), null, null, unpaid.items(), unpaid.price(),
                new PaymentTally(new Money(new BigDecimal("100.00"), "EUR"), unpaid.payments().refunded()),
                unpaid.delivery(), unpaid.notes(), OrderStatus.PENDING,
                new StockReservation(StockStatus.RESERVED, List.of(), 1), null, new Audit(3, CREATED, "lead", CREATED, "lead"));
        assertThat(revise(unpaid, withPrice(termsOf(unpaid), "400", "GBP"), null, LATER, "lead")
                .price().currency()).isEqualTo("GBP");
        assertThatThrownBy(() -> revise(paid, withPrice(termsOf(paid), "400", "GBP"), null, LATER,
                "lead"))
                .extracting(e -> ((OrderChangeRefusedException) e).field()).isEqualTo("price.currency");
    }

    /** A currency change used to leave the zero paid in the old currency: the answer's balance failed (500). */
    @Test
    void nothing_paid_follows_the_price_into_its_new_currency() {
        Order unpaid = in(OrderStatus.PENDING);
        Order revised = revise(unpaid, withPrice(termsOf(unpaid), "400", "GBP"), null, LATER, "lead");
        assertThat(revised.payments().paid()).isEqualTo(Money.zero("GBP"));
        assertThat(revised.balanceDue()).isEqualTo(new Money(new BigDecimal("400.00"), "GBP"));
        assertThat(revised.paymentStatus()).isEqualTo(PaymentStatus.UNPAID);
    }

    @Test
    void delivery_and_notes_change_until_delivered_or_cancelled() {
        Order completed = in(OrderStatus.COMPLETED);
        assertThat(revise(completed, withDelivery(termsOf(completed), LocalDate.parse("2027-01-05"),
                "moved"), null, LATER, "lead").delivery().date()).isEqualTo(LocalDate.parse("2027-01-05"));
        for (OrderStatus status : List.of(OrderStatus.DELIVERED, OrderStatus.CANCELLED)) {
            Order order = in(status);
            assertThatThrownBy(() -> revise(order, withDelivery(termsOf(order),
                    order.delivery().date(), "too late"), null, LATER, "lead"))
                    .isInstanceOf(OrderChangeRefusedException.class)
                    .satisfies(e -> {
                        OrderChangeRefusedException refused = (OrderChangeRefusedException) e;
                        assertThat(refused.field()).isEqualTo("notes");
                        assertThat(refused.allowedWhile()).containsExactlyInAnyOrder(OrderStatus.PENDING,
                                OrderStatus.IN_PROGRESS, OrderStatus.COMPLETED);
                    });
        }
    }

    @Test
    void the_delivery_date_may_not_move_before_the_order_date_nor_delivery_lose_its_address() {
        Order order = in(OrderStatus.PENDING);
        assertThatThrownBy(() -> revise(order, withDelivery(termsOf(order),
                LocalDate.parse("2026-11-23"), "x"), null, LATER, "lead"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("deliveryDate");
        Order.Terms t = termsOf(order);
        assertThatThrownBy(() -> revise(order, new Order.Terms(t.customerId(), null, t.items(),
                t.price(), new Delivery(t.delivery().date(), DeliveryMethod.DELIVERY, null), t.notes()), null, LATER, "lead"))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("deliveryAddress");
    }

    @Test
    void the_customer_never_changes() {
        Order order = pending();
        Order.Terms t = termsOf(order);
        assertThatThrownBy(() -> revise(order, new Order.Terms(UUID.randomUUID(), null, t.items(),
                t.price(), new Delivery(t.delivery().date(), t.delivery().method(), null), t.notes()), null, LATER, "lead"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("customerId");
    }

    @Test
    void the_measurement_link_changes_only_while_pending_and_keeps_its_copy_otherwise() {
        MeasurementSnapshot copy = new MeasurementSnapshot(UUID.randomUUID(), "dress", "CM",
                Map.of("bust", new BigDecimal("92.5")), null, 2, LATER);
        Order order = in(OrderStatus.PENDING);
        Order.Terms t = termsOf(order);
        Order.Terms linking = new Order.Terms(t.customerId(), copy.id(), t.items(), t.price(), new Delivery(t.delivery().date(),
                t.delivery().method(), null), t.notes());
        Order linked = revise(order, linking, copy, LATER, "lead");
        assertThat(linked.measurementId()).isEqualTo(copy.id());
        assertThat(linked.measurement()).isEqualTo(copy);
        // The same link again keeps the copy it has, whatever is offered.
        Order again = revise(linked, new Order.Terms(t.customerId(), copy.id(), t.items(),
                t.price(), new Delivery(t.delivery().date(), t.delivery().method(), null), "notes"), null, LATER, "lead");
        assertThat(again.measurement()).isEqualTo(copy);
        Order started = in(OrderStatus.IN_PROGRESS);
        assertThatThrownBy(() -> revise(started, new Order.Terms(started.customerId(), copy.id(),
                started.items(), started.price(), new Delivery(started.delivery().date(), started.delivery().method(), null),
                started.notes()), copy, LATER, "lead"))
                .extracting(e -> ((OrderChangeRefusedException) e).field()).isEqualTo("measurementId");
    }

    @Test
    void items_are_added_changed_and_removed_keeping_ids_but_never_the_last_one() {
        Order order = pending();
        OrderItem lace = OrderItem.of(UUID.randomUUID(), null, null, BigDecimal.TEN, "item");
        Order added = order.addItem(lace, LATER, "lead");
        assertThat(added.items()).extracting(OrderItem::id).containsExactly(order.items().get(0).id(),
                order.items().get(1).id(), lace.id());
        assertThat(added.reservation().itemListVersion()).isEqualTo(2);
        UUID silkId = order.items().get(0).id();
        Order changed = added.changeItem(silkId, silk("7"), LATER, "lead");
        assertThat(changed.items().get(0).id()).isEqualTo(silkId);
        assertThat(changed.items().get(0).quantity()).isEqualByComparingTo("7");
        assertThat(changed.reservation().itemListVersion()).isEqualTo(3);
        assertThat(changed.audit().version()).isEqualTo(2);
        Order removed = changed.removeItem(silkId, LATER, "lead");
        assertThat(removed.items()).hasSize(2);
        Order single = removed.removeItem(lace.id(), LATER, "lead");
        assertThatThrownBy(() -> single.removeItem(single.items().get(0).id(), LATER, "lead"))
                .isInstanceOf(OrderChangeRefusedException.class)
                .hasMessageContaining("at least one item");
    }

    @Test
    void only_a_pending_order_with_nothing_paid_may_be_deleted() {
        pending().checkDeletable();
        for (OrderStatus status : List.of(OrderStatus.IN_PROGRESS, OrderStatus.COMPLETED, OrderStatus.DELIVERED,
                OrderStatus.CANCELLED)) {
            assertThatThrownBy(() -> in(status).checkDeletable())
                    .isInstanceOf(OrderChangeRefusedException.class)
                    .hasMessageContaining("only a PENDING order can be deleted");
        }
        assertThatThrownBy(() -> in(OrderStatus.IN_PROGRESS).checkDeletable())
                .hasMessageContaining("cancel it instead");
    }
}
