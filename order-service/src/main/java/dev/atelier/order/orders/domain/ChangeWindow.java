package dev.atelier.order.orders.domain;

import static dev.atelier.order.orders.domain.OrderStatus.COMPLETED;
import static dev.atelier.order.orders.domain.OrderStatus.IN_PROGRESS;
import static dev.atelier.order.orders.domain.OrderStatus.PENDING;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What may change in an order after it was created, and in which statuses: items and the linked
 * measurement set only while PENDING (inventory reserves for the item list; work is cut to the
 * measurements); the price while PENDING or IN_PROGRESS; delivery and notes until the order is
 * DELIVERED or CANCELLED; deleting only a PENDING order (anything later is cancelled instead).
 */
enum ChangeWindow {
    ITEMS("items change only while the order is PENDING", PENDING),
    MEASUREMENT("the linked measurement set changes only while the order is PENDING", PENDING),
    PRICE("the price changes only while the order is PENDING or IN_PROGRESS", PENDING, IN_PROGRESS),
    DELIVERY("delivery and notes change only until the order is DELIVERED or CANCELLED", PENDING, IN_PROGRESS,
            COMPLETED),
    DELETION("only a PENDING order can be deleted", PENDING);

    private final String rule;
    private final Set<OrderStatus> openWhile;

    ChangeWindow(String rule, OrderStatus first, OrderStatus... rest) {
        this.rule = rule;
        this.openWhile = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    Set<OrderStatus> openWhile() {
        return openWhile;
    }

    boolean isOpenIn(OrderStatus status) {
        return openWhile.contains(status);
    }

    /** @throws OrderChangeRefusedException naming {@code field} when {@code status} is outside the window */
    void require(OrderStatus status, String field) {
        if (!isOpenIn(status)) {
            throw new OrderChangeRefusedException(field, status, openWhile, rule + "; this order is " + status);
        }
    }
}
