package dev.atelier.platform.error;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;

/**
 * Answers problem+json for failures that never reach a controller: a web filter's exception,
 * a handler mapping's 404, 405 or 415, a codec's size limit. Takes Boot's place as the
 * {@link ErrorWebExceptionHandler}, so no HTML or Boot error map is ever rendered. A client that hung up
 * gets nothing and is no server error.
 */
public final class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

    private final ProblemExceptionHandler problems;

    private final ProblemResponseWriter writer;

    public ProblemErrorWebExceptionHandler(ProblemExceptionHandler problems, ProblemResponseWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (DisconnectedClientHelper.isClientDisconnectedException(failure)) {
            // The client hung up (a load generator's end, a closed tab): nobody to answer. Passed on, Spring's adapter
            // logs it as a "500 Server Error" while the response is not committed; it is recorded as the adapter
            // records a hang-up after the commit instead: the request's observation marked aborted (status and
            // outcome UNKNOWN), a debug line.
            ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                    .ifPresent(observation -> observation.setConnectionAborted(true));
            log.debug("{}Client went away: {}", exchange.getLogPrefix(), failure.toString());
            return Mono.empty();
        }
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        return this.problems.resolve(failure, exchange)
            .switchIfEmpty(Mono.error(failure))
            .flatMap(entity -> {
                if (!(entity.getBody() instanceof ProblemDetail problem)) {
                    return Mono.error(failure);
                }
                HttpHeaders headers = new HttpHeaders();
                headers.addAll(entity.getHeaders());
                headers.remove(HttpHeaders.CONTENT_TYPE);
                return this.writer.write(exchange, problem, headers);
            });
    }

}
