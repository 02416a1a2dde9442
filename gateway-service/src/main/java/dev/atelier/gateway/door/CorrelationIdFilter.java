package dev.atelier.gateway.door;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * First thing at the door: every request gets its correlation id, the services receive it in
 * {@code X-Correlation-Id}, and every answer carries it back, problems included. The response
 * header is set just before commit, so it is there whoever writes the answer and replaces any
 * copy a service sent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = CorrelationId.choose(exchange.getRequest().getHeaders());
        exchange.getAttributes().put(CorrelationId.ATTRIBUTE, id);
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(CorrelationId.HEADER, id);
            return Mono.empty();
        });
        ServerHttpRequest request = exchange.getRequest().mutate()
            .headers(headers -> headers.set(CorrelationId.HEADER, id))
            .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

}
