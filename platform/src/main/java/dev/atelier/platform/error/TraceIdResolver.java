package dev.atelier.platform.error;

import org.springframework.web.server.ServerWebExchange;

/**
 * The id an operator greps the logs for when a client reports a 500. The default resolver takes
 * the Micrometer trace id when the service traces, otherwise the request's own id.
 */
@FunctionalInterface
public interface TraceIdResolver {

    String traceId(ServerWebExchange exchange);

    /** The id Reactor Netty (or the mock request) gave this request; always present. */
    static TraceIdResolver requestId() {
        return exchange -> exchange.getRequest().getId();
    }

}
