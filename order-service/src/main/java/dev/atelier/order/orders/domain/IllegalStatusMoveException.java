package dev.atelier.order.orders.domain;

import dev.atelier.platform.domain.RefusalException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A status move the workflow does not allow; carries the moves it does allow. */
public class IllegalStatusMoveException extends RefusalException {

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

    /** The move and the moves the order's status allows (workflow order). */
    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentStatus", from.name());
        properties.put("requestedStatus", to.name());
        properties.put("allowedMoves", allowedMoves.stream().sorted().map(Enum::name).toList());
        return properties;
    }
}
