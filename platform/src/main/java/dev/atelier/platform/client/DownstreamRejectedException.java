package dev.atelier.platform.client;

import dev.atelier.platform.error.ProblemType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Another service refused a call this one made (a 4xx other than 404): a fault between the two
 * services, so the client gets a 502 naming the service, not the refusal meant for us.
 */
public class DownstreamRejectedException extends ErrorResponseException {

    public DownstreamRejectedException(String serviceName, HttpStatusCode answered) {
        super(ProblemType.BAD_GATEWAY.status(), problem(serviceName, answered), null);
    }

    private static ProblemDetail problem(String serviceName, HttpStatusCode answered) {
        ProblemDetail problem = ProblemType.BAD_GATEWAY
                .problem(serviceName + " refused this service's request (" + answered.value() + ").");
        problem.setProperty("service", serviceName);
        return problem;
    }
}
