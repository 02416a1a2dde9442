package dev.atelier.order.payments.domain;

import dev.atelier.order.orders.domain.Order;
import dev.atelier.platform.domain.Ids;
import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.domain.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One payment or refund of an order, as recorded: never changed afterwards (a mistake is put
 * right with a refund or a further payment).
 */
public record Payment(UUID id, UUID orderId, PaymentKind kind, Money amount, PaymentMethod method, Instant paidAt,
        String note, Instant recordedAt, String recordedBy) {

    /** Clocks of the designer's device and the server differ a little; a paidAt beyond this is a typo. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** What the designer typed in, already checked field by field. */
    public record Terms(PaymentKind kind, Money amount, PaymentMethod method, Instant paidAt, String note) {
    }

    /**
     * Applies {@code terms} to {@code order}: the payment and the order with its paid and refunded
     * amounts (and version) moved on. {@code paidAt} defaults to now and may not lie in the future.
     *
     * @throws InvalidValueException a field is wrong (amount not positive, other currency, paidAt ahead)
     * @throws dev.atelier.order.orders.domain.PaymentRefusedException the order's state refuses it
     */
    public static Recorded record(Order order, Terms terms, Instant now, String user) {
        Instant paidAt = terms.paidAt() == null ? now : terms.paidAt().truncatedTo(ChronoUnit.MICROS);
        if (paidAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidValueException("paidAt", "must not be in the future");
        }
        Order after = terms.kind() == PaymentKind.REFUND
                ? order.refund(terms.amount(), now, user)
                : order.receive(terms.amount(), now, user);
        Payment payment = new Payment(Ids.newId(), order.id(), terms.kind(), terms.amount(), terms.method(),
                paidAt, terms.note(), now, user);
        return new Recorded(payment, after);
    }

    /** A recorded payment and the order it changed. */
    public record Recorded(Payment payment, Order order) {
    }
}
