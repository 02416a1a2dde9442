package dev.atelier.platform.security;

import java.util.Collection;
import org.springframework.core.convert.converter.Converter;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.authentication.ExpressionJwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * Reads a Keycloak access token: realm roles from {@code realm_access.roles} become
 * {@code ROLE_<role>} authorities, and the user's name is {@code preferred_username} (the login
 * name people recognise in audit fields), or {@code sub} for tokens without one, such as
 * service-account tokens that omit the claim.
 */
public final class KeycloakJwtAuthenticationConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    static final String USERNAME_CLAIM = "preferred_username";

    private final ExpressionJwtGrantedAuthoritiesConverter realmRoles;

    public KeycloakJwtAuthenticationConverter() {
        // A token without realm_access yields no roles: the converter treats a failed lookup as empty.
        this.realmRoles = new ExpressionJwtGrantedAuthoritiesConverter(
                new SpelExpressionParser().parseExpression("[realm_access][roles]"));
        this.realmRoles.setAuthorityPrefix(Roles.AUTHORITY_PREFIX);
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        Collection<GrantedAuthority> authorities = this.realmRoles.convert(jwt);
        return Mono.just(new JwtAuthenticationToken(jwt, authorities, userName(jwt)));
    }

    static String userName(Jwt jwt) {
        String username = jwt.getClaimAsString(USERNAME_CLAIM);
        return (username != null && !username.isBlank()) ? username : jwt.getClaimAsString(JwtClaimNames.SUB);
    }

}
