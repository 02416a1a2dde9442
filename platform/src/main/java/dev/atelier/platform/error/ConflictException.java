package dev.atelier.platform.error;

import java.util.Map;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The request contradicts the resource's current state: 409 with type {@code conflict}.
 * Extra properties tell the client what would have been allowed, e.g.
 * {@code new ConflictException("Order is DELIVERED", Map.of("allowedMoves", List.of()))}.
 */
public class ConflictException extends ErrorResponseException {

    public ConflictException(String detail) {
        this(detail, Map.of());
    }

    public ConflictException(String detail, Map<String, ?> properties) {
        super(ProblemType.CONFLICT.status(), problem(detail, properties), null);
    }

    private static ProblemDetail problem(String detail, Map<String, ?> properties) {
        ProblemDetail problem = ProblemType.CONFLICT.problem(detail);
        properties.forEach(problem::setProperty);
        return problem;
    }

}
