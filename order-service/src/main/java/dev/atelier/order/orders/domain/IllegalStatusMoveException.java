package dev.atelier.order.orders.domain;

import java.util.Set;

/** A status move the workflow does not allow; carries the moves it does allow. */
public class IllegalStatusMoveException extends RuntimeException {

    private final OrderStatus from;
    private final OrderStatus to;
    private final Set<OrderStatus> allowedMoves;

    public IllegalStatusMoveException(OrderStatus from, OrderStatus to, Set<OrderStatus> allowedMoves, String message) {
        super("cannot move from " + from + " to " + to + ": " + message);
        this.from = from;
        this.to = to;
        this.allowedMoves = Set.copyOf(allowedMoves);
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }

    public Set<OrderStatus> allowedMoves() {
        return allowedMoves;
    }
}
