package dev.atelier.order.orders.domain;

import dev.atelier.platform.domain.RefusalException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A change the order's current state does not allow (items after work started, deleting an order
 * that is under way...): the client's request is fine, the order is not in a state for it.
 *
 * @param field the JSON field that may not change now
 * @param allowedWhile the statuses in which it could change (empty when no status allows it)
 */
public class OrderChangeRefusedException extends RefusalException {

    private final String field;
    private final OrderStatus status;
    private final Set<OrderStatus> allowedWhile;

    public OrderChangeRefusedException(String field, OrderStatus status, Set<OrderStatus> allowedWhile, String message) {
        super(message);
        this.field = field;
        this.status = status;
        this.allowedWhile = Set.copyOf(allowedWhile);
    }

    public String field() {
        return field;
    }

    public OrderStatus status() {
        return status;
    }

    public Set<OrderStatus> allowedWhile() {
        return allowedWhile;
    }

    /** The field, the order's status and the statuses in which the change is allowed. */
    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("field", field);
        properties.put("currentStatus", status.name());
        properties.put("allowedWhile", allowedWhile.stream().sorted().map(Enum::name).toList());
        return properties;
    }
}
