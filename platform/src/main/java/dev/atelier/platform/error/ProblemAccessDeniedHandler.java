package dev.atelier.platform.error;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.web.access.server.BearerTokenServerAccessDeniedHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 403 as problem+json for an authenticated caller whose roles do not allow the request. Spring's
 * bearer handler still writes the {@code WWW-Authenticate: Bearer error="insufficient_scope"}
 * challenge.
 */
public final class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final BearerTokenServerAccessDeniedHandler bearer = new BearerTokenServerAccessDeniedHandler();

    private final ProblemResponseWriter writer;

    public ProblemAccessDeniedHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return this.bearer.handle(ProblemAuthenticationEntryPoint.headersOnly(exchange), denied)
            .then(Mono.defer(() -> this.writer.write(exchange, ProblemExceptionHandler.forbidden())));
    }

}
