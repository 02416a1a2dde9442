package dev.atelier.gateway.door;

import dev.atelier.platform.error.ProblemResponseWriter;
import dev.atelier.platform.error.ProblemType;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall refuses paths with encoded slashes, dot segments, semicolons, backslashes or
 * NUL, and methods it does not know, before any route. Its default answer is a bare 400 without a body;
 * this one is the same 400 as a {@code malformed-request} problem like every other refusal of the door.
 */
final class RejectedRequestHandler implements ServerExchangeRejectedHandler {

    private final ProblemResponseWriter problems;

    RejectedRequestHandler(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        // The firewall's message quotes the offending part of the URL back; the detail stays generic.
        return problems.write(exchange, ProblemType.MALFORMED_REQUEST.problem("The request was refused: its path holds an encoded "
                + "slash, a dot segment, a semicolon, a backslash or a control character, or its method is not an HTTP method the "
                + "API serves."));
    }
}
