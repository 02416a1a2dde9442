package dev.atelier.gateway.console;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The console routes in the browser ({@code /orders/42}, {@code /customers}): a page load of such
 * a path is answered with {@code /index.html}, and the app shows the route. Runs before security,
 * which then sees the public {@code /index.html}. The API, the sign-in paths, the documents and
 * anything that looks like a file keep their own answers (a missing asset stays a 404).
 */
final class SpaFallbackFilter implements WebFilter {

    static final String INDEX = "/index.html";

    private static final List<String> NOT_CONSOLE = List.of("/api", "/actuator", "/oauth2", "/login", "/logout",
            "/v3", "/swagger-ui", "/webjars", "/fallback", "/assets", "/icons");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!isConsolePageLoad(request)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(request.mutate().path(INDEX).build()).build());
    }

    static boolean isConsolePageLoad(ServerHttpRequest request) {
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return false;
        }
        String path = request.getPath().pathWithinApplication().value();
        if (path.equals("/")) {
            return true;
        }
        if (NOT_CONSOLE.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))
                || path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            return false;
        }
        // a browser's page load names text/html; API clients asking for */* get the API's 404
        return request.getHeaders().getAccept().stream()
            .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("html"));
    }

}
