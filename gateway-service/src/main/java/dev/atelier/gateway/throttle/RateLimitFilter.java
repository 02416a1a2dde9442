package dev.atelier.gateway.throttle;

import dev.atelier.platform.error.ProblemResponseWriter;
import dev.atelier.platform.error.ProblemType;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Request rate limits at the door, after the token check: {@code /api/auth/**} per client address
 * (login, refresh and logout: password guessing and token probing), every other {@code /api/**} call
 * per user (the token's subject). A web filter rather than the {@code RequestRateLimiter} route
 * filter because the auth and user endpoints are the gateway's own handlers, not routes, and a
 * refusal must be a problem with {@code Retry-After}, not an empty 429.
 */
class RateLimitFilter implements WebFilter, Ordered {

    /** After Spring Security (-100): the per-user limit needs the authenticated caller. */
    static final int ORDER = 0;

    private static final PathPattern AUTH_PATHS = PathPatternParser.defaultInstance.parse("/api/auth/**");

    private static final PathPattern API_PATHS = PathPatternParser.defaultInstance.parse("/api/**");

    private final RequestThrottle throttle;

    private final ProblemResponseWriter problems;

    private final MeterRegistry meters;

    RateLimitFilter(RequestThrottle throttle, ProblemResponseWriter problems, MeterRegistry meters) {
        this.throttle = throttle;
        this.problems = problems;
        this.meters = meters;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var path = exchange.getRequest().getPath().pathWithinApplication();
        if (AUTH_PATHS.matches(path)) {
            return check(RequestThrottle.AUTH, clientAddress(exchange), exchange, chain);
        }
        if (API_PATHS.matches(path)) {
            // Optional, not switchIfEmpty: the chain completes empty, which must not run it a second time
            return exchange.getPrincipal()
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(user -> user.isPresent()
                        ? check(RequestThrottle.API, user.get().getName(), exchange, chain)
                        // no caller: security has already refused the request, or the path is public
                        : chain.filter(exchange));
        }
        return chain.filter(exchange);
    }

    private Mono<Void> check(String limit, String key, ServerWebExchange exchange, WebFilterChain chain) {
        return this.throttle.allows(limit, key)
            .flatMap(allowed -> allowed ? chain.filter(exchange) : refuse(limit, exchange));
    }

    private Mono<Void> refuse(String limit, ServerWebExchange exchange) {
        this.meters.counter("atelier.gateway.rate.limit.refused", "limit", limit).increment();
        RateLimitProperties.Limit rule = this.throttle.limit(limit);
        long retryAfter = rule.retryAfterSeconds();
        ProblemDetail problem = ProblemType.TOO_MANY_REQUESTS.problem(RequestThrottle.AUTH.equals(limit)
                ? "Too many login, refresh or logout requests from this address; try again in " + retryAfter + " s."
                : "Too many requests from this user; try again in " + retryAfter + " s.");
        problem.setProperty("limit", limit);
        problem.setProperty("requests", rule.requests());
        problem.setProperty("period", rule.period().toString());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        return this.problems.write(exchange, problem, headers);
    }

    /**
     * The peer's address. Behind a proxy (the Ingress) that is the proxy, unless the gateway trusts
     * its {@code X-Forwarded-For} ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}).
     */
    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

}
