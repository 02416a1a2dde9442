package dev.atelier.customer;

import dev.atelier.customer.domain.Violations;
import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.error.FieldProblem;
import dev.atelier.platform.error.ProblemExceptionHandler;
import dev.atelier.platform.error.ValidationFailedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The one place where this service's domain refusals become problems: input that breaks a rule
 * of the domain (with every other rule the same input broke, see {@link Violations}) answers the
 * platform's 400 validation problem naming each field. Everything else the platform's handler
 * answers; this advice runs just ahead of it.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class InvalidValueProblems {

    private final ProblemExceptionHandler problems;

    InvalidValueProblems(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidValueException.class)
    Mono<ResponseEntity<Object>> invalidValue(InvalidValueException refusal, ServerWebExchange exchange) {
        return this.problems.resolve(new ValidationFailedException(Violations.of(refusal).stream()
            .map(broken -> new FieldProblem(broken.field(), broken.getMessage()))
            .toList()), exchange);
    }

}
