package dev.atelier.platform.error;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A neighbour this request needs is down or too slow: 503 with type
 * {@code service-unavailable}, naming the neighbour. Throw it from a circuit breaker's fallback,
 * before anything is stored.
 */
public class ServiceUnavailableException extends ErrorResponseException {

    public ServiceUnavailableException(String serviceName) {
        this(serviceName, null);
    }

    public ServiceUnavailableException(String serviceName, @Nullable Throwable cause) {
        super(ProblemType.SERVICE_UNAVAILABLE.status(), problem(serviceName), cause);
    }

    private static ProblemDetail problem(String serviceName) {
        ProblemDetail problem = ProblemType.SERVICE_UNAVAILABLE
            .problem(serviceName + " is unavailable; try again later.");
        problem.setProperty("service", serviceName);
        return problem;
    }

}
