package dev.atelier.platform.error;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The request is well formed but points at something another service does not have for it (an
 * unknown or archived customer, someone else's measurement set, an unknown order): 422 with the
 * {@code validation} type and the same {@code errors} list as a 400, so clients show it next to
 * the field.
 */
public class UnusableReferenceException extends ErrorResponseException {

    public UnusableReferenceException(String field, String message) {
        this(field, message, "The request refers to something that cannot be used: " + field + " " + message + ".");
    }

    public UnusableReferenceException(String field, String message, String detail) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(field, message, detail), null);
    }

    private static ProblemDetail problem(String field, String message, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        problem.setType(ProblemType.VALIDATION.uri());
        problem.setTitle(ProblemType.VALIDATION.title());
        problem.setProperty("errors", List.of(new FieldProblem(field, message)));
        return problem;
    }
}
