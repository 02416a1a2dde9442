package dev.atelier.gateway.console;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Makes sure a signed-in browser has its {@code XSRF-TOKEN} cookie: WebFlux creates the CSRF token
 * (and so the cookie) only when something asks for it, and the console's own script asks by
 * reading the cookie, not the server. Only requests with the session cookie get one.
 */
final class CsrfCookieFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null || !SessionCookie.isPresent(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        return token.then(chain.filter(exchange));
    }

}
