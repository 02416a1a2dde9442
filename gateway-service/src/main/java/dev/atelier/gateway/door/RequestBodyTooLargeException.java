package dev.atelier.gateway.door;

import dev.atelier.platform.error.ProblemType;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A body above the door's limit: 413 payload-too-large naming the limit. */
public class RequestBodyTooLargeException extends ErrorResponseException {

    public RequestBodyTooLargeException(long limit) {
        super(ProblemType.PAYLOAD_TOO_LARGE.status(), problem(limit), null);
    }

    private static ProblemDetail problem(long limit) {
        ProblemDetail problem = ProblemType.PAYLOAD_TOO_LARGE.problem(
                "The request body is larger than the " + limit + " bytes this path accepts.");
        problem.setProperty("maxBytes", limit);
        return problem;
    }

}
