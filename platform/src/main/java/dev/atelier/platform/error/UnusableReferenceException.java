package dev.atelier.order.customers;

import dev.atelier.platform.error.FieldProblem;
import dev.atelier.platform.error.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The request is well formed but points at something customer-service does not have for it (an
 * unknown or archived customer, a measurement set of someone else): 422 with the {@code validation}
 * type and the same {@code errors} list as a 400, so clients show it next to the field.
 */
public class UnusableReferenceException extends ErrorResponseException {

    public UnusableReferenceException(String field, String message) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(field, message), null);
    }

    private static ProblemDetail problem(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The request refers to something that cannot be used: " + field + " " + message + ".");
        problem.setType(ProblemType.VALIDATION.uri());
        problem.setTitle(ProblemType.VALIDATION.title());
        problem.setProperty("errors", List.of(new FieldProblem(field, message)));
        return problem;
    }
}
