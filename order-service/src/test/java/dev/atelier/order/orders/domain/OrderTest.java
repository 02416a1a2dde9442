package dev.atelier.order.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static Order.Terms terms(LocalDate delivery, DeliveryMethod method, DeliveryAddress address,
            List<OrderItem> items) {
        return new Order.Terms(UUID.randomUUID(), null, items, Money.of(new BigDecimal("450"), "EUR", "price"),
                new Delivery(delivery, method, address), "");
    }

    private static OrderItem custom() {
        return OrderItem.of(null, null, "Hand-beaded bodice", BigDecimal.ONE, "items[0]");
    }

    @Test
    void a_new_order_is_pending_reserving_and_unpaid_with_the_whole_price_due() {
        Order order = Order.create(terms(LocalDate.parse("2026-12-20"), DeliveryMethod.PICKUP, null, List.of(custom())),
                NOW, ZoneOffset.UTC, "lead");
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.reservation().status()).isEqualTo(StockStatus.RESERVING);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.UNPAID);
        assertThat(order.balanceDue()).isEqualTo(new Money(new BigDecimal("450.00"), "EUR"));
        assertThat(order.reservation().itemListVersion()).isEqualTo(1);
        assertThat(order.audit().createdBy()).isEqualTo("lead");
    }

    @Test
    void an_order_holds_at_least_one_and_at_most_max_items() {
        LocalDate delivery = LocalDate.parse("2026-12-20");
        assertThatThrownBy(() -> Order.create(terms(delivery, DeliveryMethod.PICKUP, null, List.of()), NOW,
                ZoneOffset.UTC, "lead"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("must contain at least one item")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("items");
        assertThatThrownBy(() -> Order.create(terms(delivery, DeliveryMethod.PICKUP, null,
                Collections.nCopies(Order.MAX_ITEMS + 1, custom())), NOW, ZoneOffset.UTC, "lead"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("must contain at most " + Order.MAX_ITEMS + " items")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("items");
        assertThat(Order.create(terms(delivery, DeliveryMethod.PICKUP, null, Collections.nCopies(Order.MAX_ITEMS, custom())),
                NOW, ZoneOffset.UTC, "lead").items()).hasSize(Order.MAX_ITEMS);
    }

    @Test
    void delivery_may_be_today_but_not_before() {
        assertThat(Order.create(terms(LocalDate.parse("2026-11-24"), DeliveryMethod.PICKUP, null, List.of(custom())),
                NOW, ZoneOffset.UTC, "lead").delivery().date()).isEqualTo(LocalDate.parse("2026-11-24"));
        assertThatThrownBy(() -> Order.create(
                terms(LocalDate.parse("2026-11-23"), DeliveryMethod.PICKUP, null, List.of(custom())), NOW, ZoneOffset.UTC, "lead"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("deliveryDate");
    }

    @Test
    void delivery_needs_an_address() {
        assertThatThrownBy(() -> Order.create(
                terms(LocalDate.parse("2026-12-20"), DeliveryMethod.DELIVERY, null, List.of(custom())), NOW, ZoneOffset.UTC, "lead"))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("deliveryAddress");
        assertThat(Order.create(terms(LocalDate.parse("2026-12-20"), DeliveryMethod.DELIVERY,
                new DeliveryAddress("12 Marina", "Lagos", "100001", "NG"), List.of(custom())), NOW, ZoneOffset.UTC, "lead")
                .delivery().address().city()).isEqualTo("Lagos");
    }

    @Test
    void an_item_is_stock_or_custom_work_never_both_nor_neither() {
        UUID stock = UUID.randomUUID();
        assertThat(OrderItem.of(stock, "UK 12", null, new BigDecimal("2.5"), "items[0]").isStockTracked()).isTrue();
        assertThat(custom().isStockTracked()).isFalse();
        assertThatThrownBy(() -> OrderItem.of(stock, null, "bodice", BigDecimal.ONE, "items[1]"))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("items[1]");
        assertThatThrownBy(() -> OrderItem.of(null, null, "  ", BigDecimal.ONE, "items[2]"))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("items[2]");
    }

    /** An item sent on its own ({@code POST /api/order-items}) is the whole body: errors name its own fields. */
    @Test
    void an_item_sent_on_its_own_names_its_own_fields() {
        assertThatThrownBy(() -> OrderItem.of(null, null, null, BigDecimal.ONE, ""))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("inventoryItemId");
        assertThatThrownBy(() -> OrderItem.of(null, "M", "bodice", BigDecimal.ONE, ""))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("size");
        assertThatThrownBy(() -> OrderItem.of(UUID.randomUUID(), null, null, BigDecimal.ZERO, ""))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("quantity");
    }

    @Test
    void quantities_are_positive_with_at_most_three_decimals() {
        UUID stock = UUID.randomUUID();
        assertThatThrownBy(() -> OrderItem.of(stock, null, null, BigDecimal.ZERO, "items[0]"))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("items[0].quantity");
        assertThatThrownBy(() -> OrderItem.of(stock, null, null, new BigDecimal("-1"), "items[0]"))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("items[0].quantity");
        assertThatThrownBy(() -> OrderItem.of(stock, null, null, new BigDecimal("0.0001"), "items[0]"))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("items[0].quantity");
    }

    /** Found by ./atelier drill bad-input: 1e400 reached the numeric(14, 3) column and answered 500. */
    @Test
    void quantities_stay_below_what_the_column_holds() {
        assertThatThrownBy(() -> OrderItem.of(null, null, "Sequins", new BigDecimal("1e400"), "items[0]"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("below 10^11")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("items[0].quantity");
        assertThatThrownBy(() -> OrderItem.of(null, null, "Sequins", new BigDecimal("100000000000"), "items[0]"))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("items[0].quantity");
        assertThat(OrderItem.of(null, null, "Sequins", new BigDecimal("99999999999.999"), "items[0]").quantity())
                .isEqualByComparingTo("99999999999.999");
    }

    @Test
    void money_keeps_the_currency_scale_and_refuses_more_decimals() {
        assertThat(Money.of(new BigDecimal("450"), "eur", "price")).isEqualTo(new Money(new BigDecimal("450.00"), "EUR"));
        assertThat(Money.of(new BigDecimal("45000"), "JPY", "price").amount()).isEqualByComparingTo("45000");
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.234"), "EUR", "price"))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("price.amount");
        assertThatThrownBy(() -> Money.of(new BigDecimal("1"), "XYZ", "price"))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("price.currency");
        assertThatThrownBy(() -> Money.of(new BigDecimal("-1"), "EUR", "price"))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("price.amount");
    }

    @Test
    void the_stock_to_reserve_lists_each_inventory_item_once_with_quantities_summed() {
        UUID silk = UUID.randomUUID();
        UUID lace = UUID.randomUUID();
        Order order = Order.create(terms(LocalDate.parse("2026-12-20"), DeliveryMethod.PICKUP, null, List.of(
                OrderItem.of(silk, "UK 12", null, new BigDecimal("2.5"), "items[0]"),
                custom(),
                OrderItem.of(lace, null, null, BigDecimal.ONE, "items[2]"),
                OrderItem.of(silk, "UK 14", null, BigDecimal.ONE, "items[3]"))), NOW, ZoneOffset.UTC, "lead");
        assertThat(order.stockToReserve()).containsExactly(
                java.util.Map.entry(silk, new BigDecimal("3.5")), java.util.Map.entry(lace, BigDecimal.ONE));
        assertThat(order.hasStockTrackedItems()).isTrue();
    }

    /** Issue 16: two lines of 6*10^10 of one item passed; inventory refused the sum and the order waited forever. */
    @Test
    void the_lines_of_one_inventory_item_together_stay_below_the_limit() {
        UUID fabric = UUID.randomUUID();
        List<OrderItem> twoLines = List.of(
                OrderItem.of(fabric, "UK 12", null, new BigDecimal("60000000000"), "items[0]"),
                custom(),
                OrderItem.of(fabric, "UK 14", null, new BigDecimal("60000000000"), "items[2]"));
        assertThatThrownBy(() -> Order.create(terms(LocalDate.parse("2026-12-20"), DeliveryMethod.PICKUP, null,
                twoLines), NOW, ZoneOffset.UTC, "lead"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(fabric.toString())
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("items[2].quantity");
        List<OrderItem> twoItems = List.of(
                OrderItem.of(fabric, "UK 12", null, new BigDecimal("60000000000"), "items[0]"),
                OrderItem.of(UUID.randomUUID(), "UK 14", null, new BigDecimal("60000000000"), "items[1]"));
        assertThat(Order.create(terms(LocalDate.parse("2026-12-20"), DeliveryMethod.PICKUP, null, twoItems), NOW, ZoneOffset.UTC,
                "lead").items()).hasSize(2);
    }

    @Test
    void adding_a_line_that_takes_an_items_sum_over_the_limit_names_its_quantity() {
        UUID fabric = UUID.randomUUID();
        Order order = Order.create(terms(LocalDate.parse("2026-12-20"), DeliveryMethod.PICKUP, null,
                List.of(OrderItem.of(fabric, "UK 12", null, new BigDecimal("99999999999"), "items[0]"))), NOW, ZoneOffset.UTC, "lead");
        assertThatThrownBy(() -> order.addItem(
                OrderItem.of(fabric, "UK 14", null, BigDecimal.ONE, "item"), NOW, "lead"))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("quantity");
    }

    /** Issue 16 item 10: at 03:00 UTC it is still the day before in Los Angeles; that day is "today" there. */
    @Test
    void today_is_the_shops_day() {
        Instant evening = Instant.parse("2026-11-25T03:00:00Z");
        java.time.ZoneId losAngeles = java.time.ZoneId.of("America/Los_Angeles");
        Order.Terms dueToday = terms(LocalDate.parse("2026-11-24"), DeliveryMethod.PICKUP, null, List.of(custom()));
        assertThat(Order.create(dueToday, evening, losAngeles, "lead").delivery().date())
                .isEqualTo(LocalDate.parse("2026-11-24"));
        assertThatThrownBy(() -> Order.create(dueToday, evening, ZoneOffset.UTC, "lead"))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("deliveryDate");
    }
}
