package dev.atelier.platform.error;

import java.util.List;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Input broke a rule that bean validation cannot express (e.g. a measurement value that must be
 * positive for its unit): 400 with type {@code validation} and the same {@code errors} list as
 * {@code @Valid} failures, so clients handle both alike.
 */
public class ValidationFailedException extends ErrorResponseException {

    private final List<FieldProblem> errors;

    public ValidationFailedException(List<FieldProblem> errors) {
        super(ProblemType.VALIDATION.status(), problem(errors), null);
        this.errors = List.copyOf(errors);
    }

    public ValidationFailedException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return this.errors;
    }

    static ProblemDetail problem(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemType.VALIDATION.problem("The request has invalid fields.");
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }

}
