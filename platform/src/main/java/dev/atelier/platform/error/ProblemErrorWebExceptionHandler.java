package dev.atelier.platform.error;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers problem+json for failures that never reach a controller: a web filter's exception,
 * a handler mapping's 404, 405 or 415, a codec's size limit. Takes Boot's place as the
 * {@link ErrorWebExceptionHandler}, so no HTML or Boot error map is ever rendered.
 */
public final class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

    private final ProblemExceptionHandler problems;

    private final ProblemResponseWriter writer;

    public ProblemErrorWebExceptionHandler(ProblemExceptionHandler problems, ProblemResponseWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
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
