package dev.atelier.platform.error;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The caller's role may not send this parameter (e.g. a junior filtering by payment status):
 * 403 with type {@code forbidden} and the parameter's name in {@code parameter}, so a client
 * knows what to drop rather than guessing at its token.
 */
public class ForbiddenInputException extends ErrorResponseException {

    private final String parameter;

    public ForbiddenInputException(String parameter, String detail) {
        super(ProblemType.FORBIDDEN.status(), problem(parameter, detail), null);
        this.parameter = parameter;
    }

    public String parameter() {
        return this.parameter;
    }

    private static ProblemDetail problem(String parameter, String detail) {
        ProblemDetail problem = ProblemType.FORBIDDEN.problem(detail);
        problem.setProperty("parameter", parameter);
        return problem;
    }

}
