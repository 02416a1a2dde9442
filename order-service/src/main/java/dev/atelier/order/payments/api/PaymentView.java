package dev.atelier.order.payments.api;

import dev.atelier.order.orders.api.MoneyJson;
import dev.atelier.order.payments.domain.Payment;
import dev.atelier.order.payments.domain.PaymentKind;
import dev.atelier.order.payments.domain.PaymentMethod;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A payment or refund as the API shows it. */
public record PaymentView(UUID id, UUID orderId, PaymentKind kind, MoneyJson amount, PaymentMethod method,
        Instant paidAt, @Nullable String note, Instant recordedAt, String recordedBy) {

    static PaymentView of(Payment payment) {
        return new PaymentView(payment.id(), payment.orderId(), payment.kind(),
                MoneyJson.of(payment.amount()), payment.method(),
                payment.paidAt(), payment.note(), payment.recordedAt(), payment.recordedBy());
    }
}
