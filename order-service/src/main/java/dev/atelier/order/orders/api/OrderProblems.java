package dev.atelier.order.orders.api;

import dev.atelier.order.orders.domain.OrderChangeRefusedException;
import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.error.ConflictException;
import dev.atelier.platform.error.ValidationFailedException;
import java.util.LinkedHashMap;
import java.util.Map;
import reactor.core.publisher.Mono;

/** How the order rules' refusals answer: a broken value 400 naming the field, a refused change 409. */
final class OrderProblems {

    private OrderProblems() {
    }

    static <T> Mono<T> answered(Mono<T> change) {
        return change
                .onErrorMap(InvalidValueException.class, e -> new ValidationFailedException(e.field(), e.getMessage()))
                .onErrorMap(OrderChangeRefusedException.class, OrderProblems::conflict);
    }

    /** A 409 naming the field, the order's status and the statuses in which the change is allowed. */
    static ConflictException conflict(OrderChangeRefusedException e) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("field", e.field());
        properties.put("currentStatus", e.status().name());
        properties.put("allowedWhile", e.allowedWhile().stream().sorted().map(Enum::name).toList());
        return new ConflictException(e.getMessage(), properties);
    }
}
