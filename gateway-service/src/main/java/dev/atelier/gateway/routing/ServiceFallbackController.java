package dev.atelier.gateway.routing;

import dev.atelier.gateway.door.RequestBodyTooLargeException;
import dev.atelier.platform.error.ProblemResponseWriter;
import dev.atelier.platform.error.ServiceUnavailableException;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards when the service is down, unreachable, has no
 * instance, is too slow or its circuit is open: a 503 problem naming the service, for the path
 * the client asked for. Only the gateway's own forward reaches it; asked directly it is a 404.
 */
@Hidden
@RestController
class ServiceFallbackController {

    private static final Logger log = LoggerFactory.getLogger(ServiceFallbackController.class);

    private final ProblemResponseWriter problems;

    ServiceFallbackController(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (cause == null) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        if (cause instanceof RequestBodyTooLargeException tooLarge) {
            // The client's fault, found while the body streamed to the service: its 413, not a 503.
            return Mono.error(tooLarge);
        }
        String path = originalPath(exchange);
        log.warn("{} unavailable for {} {}: {}", service, exchange.getRequest().getMethod(), path, cause.toString());
        ProblemDetail problem = new ServiceUnavailableException(service, cause).getBody();
        problem.setInstance(URI.create(path));
        return problems.write(exchange, problem);
    }

    private static String originalPath(ServerWebExchange exchange) {
        Set<URI> originals = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        if (originals == null || originals.isEmpty()) {
            return exchange.getRequest().getPath().value();
        }
        return originals.iterator().next().getRawPath();
    }

}
