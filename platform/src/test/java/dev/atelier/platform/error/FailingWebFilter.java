package dev.atelier.platform.error;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Fails before any controller runs, like a broken filter or a gateway-style pre-check. */
class FailingWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return switch (exchange.getRequest().getPath().value()) {
            case "/filtered/boom" -> Mono.error(new IllegalStateException("filter state corrupted at dev.atelier.Secret"));
            case "/filtered/missing" -> Mono.error(new NotFoundException("tenant", "t-42"));
            default -> chain.filter(exchange);
        };
    }

}
