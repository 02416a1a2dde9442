package dev.atelier.gateway.door;

import dev.atelier.platform.error.ProblemResponseWriter;
import dev.atelier.platform.error.ProblemType;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS at the door, before the token check: a browser's preflight carries no token, so it is
 * answered here and never reaches a service. A cross-origin request from an origin not
 * configured is a 403 problem. With no origins configured the filter stays out of the way: no
 * CORS headers, and browsers keep their same-origin rule.
 */
class CorsFilter implements WebFilter {

    static final List<String> ALLOWED_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.ACCEPT, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, CorrelationId.HEADER,
            CorrelationId.TRACEPARENT);

    static final List<String> EXPOSED_HEADERS = List.of(CorrelationId.HEADER, HttpHeaders.LOCATION,
            HttpHeaders.ETAG, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER);

    private final CorsConfiguration configuration;

    private final CorsProcessor processor = new DefaultCorsProcessor();

    private final ProblemResponseWriter problems;

    private final boolean enabled;

    CorsFilter(CorsProperties properties, ProblemResponseWriter problems) {
        this.configuration = configuration(properties);
        this.problems = problems;
        this.enabled = !properties.allowedOrigins().isEmpty();
    }

    private static CorsConfiguration configuration(CorsProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(properties.allowedOrigins());
        cors.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(), HttpMethod.POST.name(),
                HttpMethod.PUT.name(), HttpMethod.PATCH.name(), HttpMethod.DELETE.name()));
        cors.setAllowedHeaders(ALLOWED_HEADERS);
        cors.setExposedHeaders(EXPOSED_HEADERS);
        cors.setAllowCredentials(properties.allowCredentials());
        cors.setMaxAge(properties.maxAge());
        return cors;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!this.enabled || !CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        if (!this.processor.process(this.configuration, exchange)) {
            return this.problems.write(exchange, ProblemType.FORBIDDEN.problem(
                    "Cross-origin requests from this origin, or with this method or these headers, are not allowed."));
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            return exchange.getResponse().setComplete();
        }
        return chain.filter(exchange);
    }

}
