package dev.atelier.gateway.console;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The console's session cookie: {@code HttpOnly}, {@code SameSite=Strict}, and named with the
 * {@code __Host-} prefix and {@code Secure}, so a browser keeps it to this exact origin over
 * HTTPS. Only a plain-http request to a loopback address (a local run) gets the same cookie
 * without {@code Secure} and so without the prefix, which browsers would refuse.
 */
final class SessionCookie implements WebSessionIdResolver {

    static final String SECURE_NAME = "__Host-atelier-session";

    static final String LOOPBACK_NAME = "atelier-session";

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    @Override
    public List<String> resolveSessionIds(ServerWebExchange exchange) {
        MultiValueMap<String, HttpCookie> cookies = exchange.getRequest().getCookies();
        List<HttpCookie> session = cookies.getOrDefault(name(exchange.getRequest()), List.of());
        return session.stream().map(HttpCookie::getValue).toList();
    }

    @Override
    public void setSessionId(ServerWebExchange exchange, String id) {
        exchange.getResponse().getCookies().set(name(exchange.getRequest()), cookie(exchange.getRequest(), id).build());
    }

    @Override
    public void expireSession(ServerWebExchange exchange) {
        exchange.getResponse().getCookies().set(name(exchange.getRequest()),
                cookie(exchange.getRequest(), "").maxAge(0).build());
    }

    /** Whether the request carries a session cookie at all (the requests CSRF protection is for). */
    static boolean isPresent(ServerHttpRequest request) {
        return request.getCookies().containsKey(name(request));
    }

    static String name(ServerHttpRequest request) {
        return isPlainLoopback(request) ? LOOPBACK_NAME : SECURE_NAME;
    }

    static boolean isPlainLoopback(ServerHttpRequest request) {
        return "http".equals(request.getURI().getScheme()) && request.getSslInfo() == null
                && LOOPBACK_HOSTS.contains(String.valueOf(request.getURI().getHost()));
    }

    private static ResponseCookie.ResponseCookieBuilder cookie(ServerHttpRequest request, String value) {
        return ResponseCookie.from(name(request), value)
            .path("/")
            .httpOnly(true)
            .sameSite("Strict")
            .secure(!isPlainLoopback(request));
    }

}
