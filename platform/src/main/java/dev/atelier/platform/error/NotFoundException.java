package dev.atelier.platform.error;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The addressed resource does not exist: 404 with type {@code not-found}, naming the resource
 * kind and id, e.g. {@code throw new NotFoundException("customer", id)}.
 */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String resource, Object id) {
        super(ProblemType.NOT_FOUND.status(), problem(resource, id), null);
    }

    private static ProblemDetail problem(String resource, Object id) {
        ProblemDetail problem = ProblemType.NOT_FOUND.problem("No " + resource + " with id " + id + ".");
        problem.setProperty("resource", resource);
        problem.setProperty("id", String.valueOf(id));
        return problem;
    }

}
