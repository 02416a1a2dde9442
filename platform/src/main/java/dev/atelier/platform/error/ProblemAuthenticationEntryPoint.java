package dev.atelier.platform.error;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.server.BearerTokenServerAuthenticationEntryPoint;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 as problem+json. Spring's bearer entry point still decides the status and writes the
 * RFC 6750 {@code WWW-Authenticate} challenge; this class only adds the body it leaves out.
 */
public final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final BearerTokenServerAuthenticationEntryPoint bearer = new BearerTokenServerAuthenticationEntryPoint();

    private final ProblemResponseWriter writer;

    public ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        return this.bearer.commence(headersOnly(exchange), failure).then(Mono.defer(() -> {
            HttpStatusCode status = exchange.getResponse().getStatusCode();
            return this.writer.write(exchange, problem(status, failure));
        }));
    }

    private static ProblemDetail problem(HttpStatusCode status, AuthenticationException failure) {
        if (status != null && status.value() == 400) {
            return ProblemType.MALFORMED_REQUEST.problem("The Authorization header is malformed.");
        }
        if (status != null && status.value() == 403) {
            return ProblemExceptionHandler.forbidden();
        }
        // The challenge header carries Spring's reason; the body stays generic on purpose.
        return ProblemExceptionHandler.unauthenticated((failure instanceof OAuth2AuthenticationException)
                ? "The bearer token is not valid: it is expired, malformed or issued for someone else." : null);
    }

    /** Lets the delegate set status and headers but not end the response before our body. */
    static ServerWebExchange headersOnly(ServerWebExchange exchange) {
        ServerHttpResponse response = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> setComplete() {
                return Mono.empty();
            }
        };
        return exchange.mutate().response(response).build();
    }

}
