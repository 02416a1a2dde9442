package dev.atelier.order.orders.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The order's workflow: {@code PENDING → IN_PROGRESS → COMPLETED → DELIVERED}, and
 * {@code CANCELLED} from PENDING or IN_PROGRESS. The rules live here and nowhere else.
 */
public enum OrderStatus {
    PENDING, IN_PROGRESS, COMPLETED, DELIVERED, CANCELLED;

    /** The statuses this one may move to, in workflow order. */
    public Set<OrderStatus> allowedMoves() {
        return Collections.unmodifiableSet(switch (this) {
            case PENDING -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED -> EnumSet.of(DELIVERED);
            case DELIVERED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        });
    }

    public boolean isFinal() {
        return allowedMoves().isEmpty();
    }

    /**
     * Checks a move and answers the target. Work cannot start ({@code IN_PROGRESS}) while the
     * stock is not {@code RESERVED}, unless the order has no stock-tracked items at all.
     *
     * @throws IllegalStatusMoveException naming the allowed moves
     */
    public OrderStatus moveTo(OrderStatus target, StockStatus stockStatus, boolean hasStockTrackedItems) {
        if (!allowedMoves().contains(target)) {
            throw new IllegalStatusMoveException(this, target, allowedMoves(),
                    isFinal() ? "an order that is " + this + " does not move any more"
                            : "an order that is " + this + " can move only to " + allowedMoves());
        }
        if (target == IN_PROGRESS && hasStockTrackedItems && stockStatus != StockStatus.RESERVED) {
            throw new IllegalStatusMoveException(this, target, allowedMoves(),
                    "work cannot start while the stock is " + stockStatus + "; it must be RESERVED");
        }
        return target;
    }
}
