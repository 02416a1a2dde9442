package dev.atelier.gateway.apidocs;

import dev.atelier.gateway.auth.KeycloakTokenClient;
import dev.atelier.gateway.auth.Tokens;
import java.time.Duration;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Puts the gateway's own token on a request for a service's API document. One token is reused
 * until shortly before it expires; a failed fetch is not cached.
 */
final class ServiceDocumentToken implements GatewayFilter {

    private static final Duration EARLY = Duration.ofSeconds(30);

    private final Mono<Tokens> token;

    ServiceDocumentToken(KeycloakTokenClient keycloak, ApiDocsProperties properties) {
        this.token = Mono.defer(() -> keycloak.clientCredentials(properties.clientId(), properties.clientSecret()))
            .cache(ServiceDocumentToken::reuseFor, failure -> Duration.ZERO, () -> Duration.ZERO);
    }

    private static Duration reuseFor(Tokens tokens) {
        Duration left = Duration.ofSeconds(tokens.expiresIn()).minus(EARLY);
        return left.isNegative() ? Duration.ZERO : left;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return this.token.flatMap(tokens -> {
            ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.accessToken()))
                .build();
            return chain.filter(exchange.mutate().request(request).build());
        });
    }

}
