package dev.atelier.gateway.console;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The access token the gateway's own endpoints act with (e.g. towards Keycloak's admin API): a
 * bearer caller's token, or the console session's, refreshed when it is about to expire. Empty
 * when a session has no usable token any more (its refresh token expired or was revoked).
 */
@Component
public class CallerTokens {

    private final ReactiveOAuth2AuthorizedClientManager sessions;

    private final ReactiveJwtDecoder decoder;

    CallerTokens(ReactiveOAuth2AuthorizedClientManager sessions, ReactiveJwtDecoder decoder) {
        this.sessions = sessions;
        this.decoder = decoder;
    }

    public Mono<Jwt> accessToken(ServerWebExchange exchange) {
        return exchange.getPrincipal().flatMap(principal -> switch (principal) {
            case JwtAuthenticationToken bearer -> Mono.just(bearer.getToken());
            case OAuth2AuthenticationToken session -> sessionToken(session, exchange);
            default -> Mono.empty();
        });
    }

    private Mono<Jwt> sessionToken(OAuth2AuthenticationToken session, ServerWebExchange exchange) {
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest
            .withClientRegistrationId(session.getAuthorizedClientRegistrationId())
            .principal((Authentication) session)
            .attribute(ServerWebExchange.class.getName(), exchange)
            .build();
        return this.sessions.authorize(request)
            .flatMap(client -> this.decoder.decode(client.getAccessToken().getTokenValue()));
    }

}
