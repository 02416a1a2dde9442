package dev.atelier.order.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.order.orders.domain.Delivery;
import dev.atelier.order.orders.domain.DeliveryMethod;
import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.OrderItem;
import dev.atelier.order.orders.domain.PaymentStatus;
import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static Order order() {
        return Order.create(new Order.Terms(UUID.randomUUID(), null,
                List.of(OrderItem.of(null, null, "Hand-beaded bodice", BigDecimal.ONE, "items[0]")),
                Money.of(new BigDecimal("450"), "EUR", "price"), new Delivery(LocalDate.parse("2026-12-20"), DeliveryMethod.PICKUP,
                null), ""), NOW, ZoneOffset.UTC, "lead");
    }

    private static Payment.Terms terms(PaymentKind kind, String amount, Instant paidAt) {
        return new Payment.Terms(kind, Money.of(new BigDecimal(amount), "EUR", "amount"), PaymentMethod.CARD, paidAt,
                "deposit");
    }

    @Test
    void a_payment_without_paid_at_was_paid_now_and_moves_the_order_on() {
        Payment.Recorded recorded = Payment.record(order(), terms(PaymentKind.PAYMENT, "100", null), NOW, "lead");
        assertThat(recorded.payment().paidAt()).isEqualTo(NOW);
        assertThat(recorded.payment().recordedBy()).isEqualTo("lead");
        assertThat(recorded.order().paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_PAID);
    }

    @Test
    void a_refund_is_recorded_against_what_was_paid() {
        Order paid = Payment.record(order(), terms(PaymentKind.PAYMENT, "100", null), NOW, "lead").order();
        Payment.Recorded refund = Payment.record(paid, terms(PaymentKind.REFUND, "100", NOW.minusSeconds(60)), NOW,
                "lead");
        assertThat(refund.payment().kind()).isEqualTo(PaymentKind.REFUND);
        assertThat(refund.order().paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void paid_at_in_the_future_is_refused_beyond_clock_skew() {
        assertThat(Payment.record(order(), terms(PaymentKind.PAYMENT, "1", NOW.plus(Payment.CLOCK_SKEW)), NOW, "lead")
                .payment().paidAt()).isEqualTo(NOW.plus(Payment.CLOCK_SKEW));
        assertThatThrownBy(() -> Payment.record(order(),
                terms(PaymentKind.PAYMENT, "1", NOW.plus(Payment.CLOCK_SKEW).plusSeconds(1)), NOW, "lead"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("paidAt"));
    }
}
