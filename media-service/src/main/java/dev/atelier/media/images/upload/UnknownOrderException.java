package dev.atelier.media.images.upload;

import dev.atelier.platform.error.FieldProblem;
import dev.atelier.platform.error.ProblemType;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The upload names an order order-service does not know: 422, shaped like a validation problem
 * ({@code errors} naming {@code orderId}) because the request itself was well-formed.
 */
public class UnknownOrderException extends ErrorResponseException {

    private static final HttpStatusCode UNPROCESSABLE = HttpStatusCode.valueOf(422);

    public UnknownOrderException(UUID orderId) {
        super(UNPROCESSABLE, problem(orderId), null);
    }

    private static ProblemDetail problem(UUID orderId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(UNPROCESSABLE,
                "There is no order " + orderId + ".");
        problem.setType(ProblemType.VALIDATION.uri());
        problem.setTitle(ProblemType.VALIDATION.title());
        problem.setProperty("errors", List.of(new FieldProblem("orderId", "no such order")));
        return problem;
    }
}
