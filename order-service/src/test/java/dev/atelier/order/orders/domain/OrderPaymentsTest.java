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
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Payment arithmetic: what is paid, refunded and due, and the derived payment status. */
class OrderPaymentsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static Order order(String price) {
        return Order.create(new Order.Terms(UUID.randomUUID(), null,
                List.of(OrderItem.of(null, null, "Hand-beaded bodice", BigDecimal.ONE, "items[0]")),
                eur(price), new Delivery(LocalDate.parse("2026-12-20"), DeliveryMethod.PICKUP, null), ""), NOW, ZoneOffset.UTC, "lead");
    }

    private static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR", "amount");
    }

    private static Order cancelled(Order order) {
        return order.moveTo(OrderStatus.CANCELLED, NOW, "lead");
    }

    @Test
    void a_deposit_leaves_the_order_partially_paid_with_the_rest_due() {
        Order paid = order("450").receive(eur("150"), NOW, "lead");
        assertThat(paid.payments().paid()).isEqualTo(eur("150"));
        assertThat(paid.balanceDue()).isEqualTo(eur("300"));
        assertThat(paid.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_PAID);
        assertThat(paid.audit().version()).isEqualTo(1);
    }

    @Test
    void paying_the_balance_exactly_makes_the_order_paid_with_nothing_due() {
        Order paid = order("450").receive(eur("150"), NOW, "lead").receive(eur("300"), NOW, "lead");
        assertThat(paid.paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.balanceDue()).isEqualTo(eur("0"));
        assertThat(paid.audit().version()).isEqualTo(2);
    }

    @Test
    void paying_more_than_the_balance_is_refused_naming_the_balance() {
        Order deposit = order("450").receive(eur("400"), NOW, "lead");
        assertThatThrownBy(() -> deposit.receive(eur("50.01"), NOW, "lead"))
                .isInstanceOfSatisfying(PaymentRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PaymentRefusedException.Reason.OVERPAYMENT);
                    assertThat(e.limit()).isEqualTo(eur("50"));
                    assertThat(e.getMessage()).contains("50.00 EUR");
                });
    }

    @Test
    void a_zero_amount_or_another_currency_names_the_field() {
        assertThatThrownBy(() -> order("450").receive(eur("0"), NOW, "lead"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("amount.amount"));
        assertThatThrownBy(() -> order("450").receive(Money.of(BigDecimal.TEN, "USD", "amount"), NOW, "lead"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("amount.currency");
                    assertThat(e.getMessage()).contains("EUR");
                });
        assertThatThrownBy(() -> order("450").receive(eur("10"), NOW, "lead").refund(eur("0"), NOW, "lead"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_partial_refund_raises_the_balance_and_keeps_the_order_partially_paid() {
        Order refunded = order("450").receive(eur("450"), NOW, "lead").refund(eur("100"), NOW, "lead");
        assertThat(refunded.payments().refunded()).isEqualTo(eur("100"));
        assertThat(refunded.payments().net()).isEqualTo(eur("350"));
        assertThat(refunded.balanceDue()).isEqualTo(eur("100"));
        assertThat(refunded.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_PAID);
    }

    @Test
    void refunding_everything_paid_makes_the_order_refunded() {
        Order refunded = order("450").receive(eur("200"), NOW, "lead").refund(eur("120"), NOW, "lead")
                .refund(eur("80"), NOW, "lead");
        assertThat(refunded.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(refunded.balanceDue()).isEqualTo(eur("450"));
    }

    @Test
    void a_refund_beyond_what_was_paid_net_is_refused_naming_what_is_refundable() {
        Order paid = order("450").receive(eur("200"), NOW, "lead").refund(eur("50"), NOW, "lead");
        assertThatThrownBy(() -> paid.refund(eur("150.01"), NOW, "lead"))
                .isInstanceOfSatisfying(PaymentRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PaymentRefusedException.Reason.REFUND_EXCEEDS_PAID);
                    assertThat(e.limit()).isEqualTo(eur("150"));
                });
        assertThatThrownBy(() -> order("450").refund(eur("1"), NOW, "lead"))
                .isInstanceOf(PaymentRefusedException.class);
    }

    @Test
    void a_cancelled_order_takes_refunds_but_no_payments() {
        Order cancelled = cancelled(order("450").receive(eur("100"), NOW, "lead"));
        assertThatThrownBy(() -> cancelled.receive(eur("1"), NOW, "lead"))
                .isInstanceOfSatisfying(PaymentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PaymentRefusedException.Reason.ORDER_CANCELLED));
        assertThat(cancelled.refund(eur("100"), NOW, "lead").paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void deposits_are_taken_in_every_open_status() {
        Order order = order("450");
        order = order.receive(eur("100"), NOW, "lead");
        order = order.moveTo(OrderStatus.IN_PROGRESS, NOW, "lead").receive(eur("100"), NOW, "lead");
        order = order.moveTo(OrderStatus.COMPLETED, NOW, "lead").receive(eur("100"), NOW, "lead");
        order = order.moveTo(OrderStatus.DELIVERED, NOW, "lead").receive(eur("150"), NOW, "lead");
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void an_order_has_payments_once_anything_was_paid_even_if_all_refunded() {
        assertThat(order("450").payments().any()).isFalse();
        assertThat(order("450").receive(eur("1"), NOW, "lead").refund(eur("1"), NOW, "lead").payments().any()).isTrue();
    }

    @Test
    void a_yen_order_is_paid_in_whole_yen() {
        Order order = Order.create(new Order.Terms(UUID.randomUUID(), null,
                List.of(OrderItem.of(null, null, "Kimono", BigDecimal.ONE, "items[0]")),
                Money.of(new BigDecimal("50000"), "JPY", "price"), new Delivery(LocalDate.parse("2026-12-20"),
                DeliveryMethod.PICKUP, null), ""), NOW, ZoneOffset.UTC, "lead");
        Order paid = order.receive(Money.of(new BigDecimal("20000"), "JPY", "amount"), NOW, "lead");
        assertThat(paid.balanceDue()).isEqualTo(new Money(new BigDecimal("30000"), "JPY"));
    }

    /** Issue 16: pay and refund the whole price again and again and amount_paid (numeric(16, 4)) overflowed. */
    @Test
    void endless_pay_and_refund_cycles_are_refused_before_the_totals_overflow() {
        Order order = order("999999999999.99");
        order = order.receive(eur("999999999999.99"), NOW, "lead");
        Order paidOnce = order.refund(eur("999999999999.99"), NOW, "lead");
        assertThatThrownBy(() -> paidOnce.receive(eur("1"), NOW, "lead"))
                .isInstanceOfSatisfying(PaymentRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PaymentRefusedException.Reason.TOTALS_FULL);
                    assertThat(e.limit()).isEqualTo(eur("999999999999.99"));
                });
        Order small = order("10").receive(eur("10"), NOW, "lead").refund(eur("10"), NOW, "lead");
        assertThat(small.receive(eur("10"), NOW, "lead").payments().paid()).isEqualTo(eur("20"));
    }
}
