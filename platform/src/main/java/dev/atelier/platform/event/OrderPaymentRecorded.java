package dev.atelier.platform.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A payment or refund was recorded on an order ({@code order.payment-recorded}): what was paid, and the
 * order's payment status and balance afterwards. Money: the gateway passes it on to lead designers only.
 * Like every order event it repeats the order's current stock-tracked item list and its version.
 *
 * @param kind          {@code PAYMENT} or {@code REFUND}
 * @param amount        the amount recorded, in {@code currency} (ISO 4217)
 * @param paymentStatus the order's payment status afterwards
 * @param balanceDue    what is still owed afterwards, in {@code currency}
 */
public record OrderPaymentRecorded(UUID orderId, UUID customerId, long itemListVersion, List<StockTrackedItem> items,
        UUID paymentId, String kind, BigDecimal amount, String currency, String paymentStatus, BigDecimal balanceDue,
        Instant at) implements EventPayload {

    public OrderPaymentRecorded {
        items = List.copyOf(items);
    }

    @Override
    public UUID aggregateId() {
        return orderId;
    }
}
