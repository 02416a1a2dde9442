package dev.atelier.order.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Inventory's answers change the stock status only for the order's current item-list version. */
class OrderStockAnswerTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final UUID SILK = UUID.randomUUID();

    private static Order order() {
        return Order.create(new Order.Terms(UUID.randomUUID(), null,
                List.of(OrderItem.of(SILK, "UK 12", null, new BigDecimal("3"), "items[0]")),
                Money.of(new BigDecimal("450"), "EUR", "price"), new Delivery(LocalDate.parse("2026-12-20"), DeliveryMethod.PICKUP,
                null), ""), NOW, ZoneOffset.UTC, "lead");
    }

    private static List<StockShortage> shortOfSilk() {
        return List.of(new StockShortage(SILK, new BigDecimal("3"), new BigDecimal("1.5")));
    }

    @Test
    void reserved_for_the_current_version_sets_reserved_and_bumps_the_version() {
        Order answered = order().withStockAnswer(1, StockStatus.RESERVED, List.of(), NOW, "/inventory-service");
        assertThat(answered.reservation().status()).isEqualTo(StockStatus.RESERVED);
        assertThat(answered.audit().version()).isEqualTo(1);
        assertThat(answered.audit().updatedBy()).isEqualTo("/inventory-service");
    }

    @Test
    void short_keeps_the_shortages_and_a_later_reserved_clears_them() {
        Order shortOrder = order().withStockAnswer(1, StockStatus.SHORT, shortOfSilk(), NOW, "inv");
        assertThat(shortOrder.reservation().status()).isEqualTo(StockStatus.SHORT);
        assertThat(shortOrder.reservation().shortages()).isEqualTo(shortOfSilk());
        Order reserved = shortOrder.withStockAnswer(1, StockStatus.RESERVED, List.of(), NOW, "inv");
        assertThat(reserved.reservation().shortages()).isEmpty();
        assertThat(reserved.audit().version()).isEqualTo(2);
    }

    @Test
    void an_answer_for_another_item_list_version_changes_nothing() {
        Order order = order();
        assertThat(order.withStockAnswer(0, StockStatus.RESERVED, List.of(), NOW, "inv")).isSameAs(order);
        assertThat(order.withStockAnswer(2, StockStatus.SHORT, shortOfSilk(), NOW, "inv")).isSameAs(order);
    }

    @Test
    void the_same_answer_again_changes_nothing() {
        Order reserved = order().withStockAnswer(1, StockStatus.RESERVED, List.of(), NOW, "inv");
        assertThat(reserved.withStockAnswer(1, StockStatus.RESERVED, List.of(), NOW, "inv")).isSameAs(reserved);
    }

    @Test
    void released_is_final() {
        Order released = order().withStockAnswer(1, StockStatus.RELEASED, List.of(), NOW, "inv");
        assertThat(released.reservation().status()).isEqualTo(StockStatus.RELEASED);
        assertThat(released.withStockAnswer(1, StockStatus.RESERVED, List.of(), NOW, "inv")).isSameAs(released);
    }

    @Test
    void work_may_start_once_the_stock_is_reserved() {
        Order reserved = order().withStockAnswer(1, StockStatus.RESERVED, List.of(), NOW, "inv");
        assertThat(reserved.moveTo(OrderStatus.IN_PROGRESS, NOW, "lead").status()).isEqualTo(OrderStatus.IN_PROGRESS);
    }
}
