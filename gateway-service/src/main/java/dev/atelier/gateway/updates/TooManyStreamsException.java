package dev.atelier.gateway.updates;

import dev.atelier.platform.error.ProblemType;

import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponseException;

/** More clients than {@code atelier.gateway.updates.max-streams} follow this replica: 503, try again later. */
final class TooManyStreamsException extends ErrorResponseException {

    private static final String RETRY_AFTER_SECONDS = "30";

    TooManyStreamsException(int limit) {
        super(ProblemType.SERVICE_UNAVAILABLE.status(), ProblemType.SERVICE_UNAVAILABLE
                .problem("This gateway already serves " + limit + " live-update streams; try again later."), null);
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return headers;
    }
}
