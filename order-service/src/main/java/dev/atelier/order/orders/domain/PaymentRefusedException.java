package dev.atelier.order.orders.domain;

import dev.atelier.platform.domain.Money;
import dev.atelier.platform.domain.RefusalException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A payment or refund the order's state does not allow; {@code limit} is what would have been allowed. */
public class PaymentRefusedException extends RefusalException {

    /** Why, and so what {@link #limit()} means. */
    public enum Reason {
        /** More than the balance due; limit = the balance due. */
        OVERPAYMENT,
        /** More than was paid net; limit = what may still be refunded. */
        REFUND_EXCEEDS_PAID,
        /** A payment for a cancelled order; limit = what may still be refunded. */
        ORDER_CANCELLED,
        /**
         * The order's running total of payments or of refunds would reach 10^12, more than its columns
         * hold (only endless pay/refund cycles get there); limit = that total so far.
         */
        TOTALS_FULL
    }

    private final Reason reason;
    private final transient Money limit;

    public PaymentRefusedException(Reason reason, String message, Money limit) {
        super(message);
        this.reason = reason;
        this.limit = limit;
    }

    public Reason reason() {
        return reason;
    }

    public Money limit() {
        return limit;
    }

    /** The reason and what would have been allowed: the balance due, or what may still be refunded. */
    @Override
    public Map<String, Object> properties() {
        String limitName = switch (reason) {
            case OVERPAYMENT -> "balanceDue";
            case TOTALS_FULL -> "total";
            case REFUND_EXCEEDS_PAID, ORDER_CANCELLED -> "refundable";
        };
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("reason", reason.name());
        properties.put(limitName, limit);
        return properties;
    }
}
