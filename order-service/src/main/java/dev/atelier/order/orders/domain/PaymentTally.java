package dev.atelier.order.orders.domain;

import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.domain.Money;
import java.math.BigDecimal;

/**
 * What the customer paid for an order and had back, as running totals in the order's currency.
 * Balance due and payment status follow from these and the price.
 */
public record PaymentTally(Money paid, Money refunded) {

    /** The amount_paid and amount_refunded columns are numeric(16, 4): totals stay below 10^12. */
    private static final BigDecimal TOTALS_LIMIT = new BigDecimal("1000000000000");

    static PaymentTally none(String currency) {
        Money nothing = Money.zero(currency);
        return new PaymentTally(nothing, nothing);
    }

    /**
     * Whether money was ever recorded. Such an order keeps its payment records: it may not be
     * deleted (the database refuses too), and its price currency may not change.
     */
    public boolean any() {
        return paid.amount().signum() > 0;
    }

    /** What the customer has paid and not had back. */
    public Money net() {
        return paid.minus(refunded);
    }

    Money dueOn(Money price) {
        return price.minus(net());
    }

    /**
     * UNPAID: nothing ever paid. REFUNDED: something was paid and all of it refunded.
     * PAID: what was paid net covers the price. PARTIALLY_PAID: anything in between (also after a
     * partial refund). {@code OrderRepository} filters by the same rules in SQL.
     */
    PaymentStatus statusFor(Money price) {
        if (paid.amount().signum() == 0) {
            return PaymentStatus.UNPAID;
        }
        BigDecimal net = net().amount();
        if (net.signum() == 0) {
            return PaymentStatus.REFUNDED;
        }
        return net.compareTo(price.amount()) >= 0 ? PaymentStatus.PAID : PaymentStatus.PARTIALLY_PAID;
    }

    /** Nothing paid follows the price into a new currency (a currency change is refused once something was paid). */
    PaymentTally inCurrencyOf(Money price) {
        return paid.currency().equals(price.currency()) ? this : none(price.currency());
    }

    /** @throws InvalidValueException {@code amount}: not positive or not the order's currency */
    static void checkAmount(Money amount, String orderCurrency) {
        if (!amount.currency().equals(orderCurrency)) {
            throw new InvalidValueException("amount.currency",
                    "must be " + orderCurrency + ", the order's currency, not " + amount.currency());
        }
        if (amount.amount().signum() <= 0) {
            throw new InvalidValueException("amount.amount", "must be greater than 0");
        }
    }

    /** @throws PaymentRefusedException more than the balance due, or the totals would overflow */
    PaymentTally receive(Money amount, Money price) {
        Money due = dueOn(price);
        if (amount.amount().compareTo(due.amount()) > 0) {
            throw new PaymentRefusedException(PaymentRefusedException.Reason.OVERPAYMENT,
                    "the payment of " + amount.amount() + " " + amount.currency() + " exceeds the balance due of "
                            + due.amount().max(BigDecimal.ZERO) + " " + due.currency(),
                    due.amount().signum() < 0 ? Money.zero(due.currency()) : due);
        }
        return new PaymentTally(plusWithinTotals(paid, amount, "payments"), refunded);
    }

    /** @throws PaymentRefusedException more than what was paid net, or the totals would overflow */
    PaymentTally refund(Money amount) {
        Money refundable = net();
        if (amount.amount().compareTo(refundable.amount()) > 0) {
            throw new PaymentRefusedException(PaymentRefusedException.Reason.REFUND_EXCEEDS_PAID,
                    "the refund of " + amount.amount() + " " + amount.currency() + " exceeds the "
                            + refundable.amount() + " " + refundable.currency() + " paid net",
                    refundable);
        }
        return new PaymentTally(paid, plusWithinTotals(refunded, amount, "refunds"));
    }

    /**
     * Each payment is at most the price and each refund at most what was paid, but repeated pay/refund
     * cycles grow both running totals without bound; refused before a column would overflow.
     */
    private static Money plusWithinTotals(Money total, Money amount, String what) {
        BigDecimal sum = total.amount().add(amount.amount());
        if (sum.compareTo(TOTALS_LIMIT) >= 0) {
            throw new PaymentRefusedException(PaymentRefusedException.Reason.TOTALS_FULL,
                    "this order's " + what + " already total " + total.amount() + " " + total.currency()
                            + "; its running totals stay below 10^12, so record further money on a new order",
                    total);
        }
        return new Money(sum, total.currency());
    }
}
