package dev.atelier.order;

import dev.atelier.order.orders.api.MoneyJson;
import dev.atelier.order.orders.domain.IllegalStatusMoveException;
import dev.atelier.order.orders.domain.OrderChangeRefusedException;
import dev.atelier.order.orders.domain.PaymentRefusedException;
import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.error.ConflictException;
import dev.atelier.platform.error.ProblemExceptionHandler;
import dev.atelier.platform.error.ValidationFailedException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The one place where this service's domain refusals become problems: a broken value is the
 * platform's 400 naming the field; a change, move or payment the order's state refuses is a 409
 * naming what would have been allowed. Everything else the platform's handler answers; this advice
 * runs just ahead of it.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class RefusalProblems {

    private final ProblemExceptionHandler problems;

    RefusalProblems(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    /**
     * Spring also offers this handler a failure whose cause is an {@link InvalidValueException} (a
     * date out of bounds while a body or parameter was read, named by the field being read): that
     * failure itself goes to the platform, which knows the field.
     */
    @ExceptionHandler(InvalidValueException.class)
    Mono<ResponseEntity<Object>> invalidValue(Throwable failure, ServerWebExchange exchange) {
        if (!(failure instanceof InvalidValueException refusal)) {
            return problems.resolve(failure, exchange);
        }
        return problems.resolve(new ValidationFailedException(refusal.field(), refusal.getMessage()), exchange);
    }

    /** The field, the order's status and the statuses in which the change is allowed. */
    @ExceptionHandler(OrderChangeRefusedException.class)
    Mono<ResponseEntity<Object>> changeRefused(OrderChangeRefusedException refusal, ServerWebExchange exchange) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("field", refusal.field());
        properties.put("currentStatus", refusal.status().name());
        properties.put("allowedWhile", refusal.allowedWhile().stream().sorted().map(Enum::name).toList());
        return conflict(refusal, properties, exchange);
    }

    /** The move and the moves the order's status allows (workflow order). */
    @ExceptionHandler(IllegalStatusMoveException.class)
    Mono<ResponseEntity<Object>> illegalMove(IllegalStatusMoveException refusal, ServerWebExchange exchange) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentStatus", refusal.from().name());
        properties.put("requestedStatus", refusal.to().name());
        properties.put("allowedMoves", refusal.allowedMoves().stream().sorted().map(Enum::name).toList());
        return conflict(refusal, properties, exchange);
    }

    /** What would have been allowed: the balance due, or what may still be refunded. */
    @ExceptionHandler(PaymentRefusedException.class)
    Mono<ResponseEntity<Object>> paymentRefused(PaymentRefusedException refusal, ServerWebExchange exchange) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("reason", refusal.reason().name());
        String limit = switch (refusal.reason()) {
            case OVERPAYMENT -> "balanceDue";
            case TOTALS_FULL -> "total";
            case REFUND_EXCEEDS_PAID, ORDER_CANCELLED -> "refundable";
        };
        properties.put(limit, MoneyJson.of(refusal.limit()));
        return conflict(refusal, properties, exchange);
    }

    private Mono<ResponseEntity<Object>> conflict(RuntimeException refusal, Map<String, Object> properties,
            ServerWebExchange exchange) {
        return problems.resolve(new ConflictException(refusal.getMessage(), properties), exchange);
    }
}
