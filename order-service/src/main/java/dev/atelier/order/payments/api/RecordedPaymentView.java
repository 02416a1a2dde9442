package dev.atelier.order.payments.api;

import dev.atelier.order.orders.api.MoneyJson;
import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.PaymentStatus;
import dev.atelier.order.payments.domain.Payment;

/** The answer to a recorded payment: the payment and where the order's account stands now. */
public record RecordedPaymentView(PaymentView payment, Balance balance) {

    /** The order's derived payment figures after the payment, and its new version. */
    public record Balance(MoneyJson price, MoneyJson amountPaid, MoneyJson amountRefunded, MoneyJson balanceDue,
            PaymentStatus paymentStatus, long orderVersion) {
    }

    static RecordedPaymentView of(Payment.Recorded recorded) {
        Order order = recorded.order();
        return new RecordedPaymentView(PaymentView.of(recorded.payment()), new Balance(
                MoneyJson.of(order.price()), MoneyJson.of(order.payments().paid()),
                MoneyJson.of(order.payments().refunded()), MoneyJson.of(order.balanceDue()),
                order.paymentStatus(), order.audit().version()));
    }
}
