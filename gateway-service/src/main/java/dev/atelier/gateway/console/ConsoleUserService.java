package dev.atelier.gateway.console;

import dev.atelier.platform.security.KeycloakJwtAuthenticationConverter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The designer behind a console sign-in, with the same roles a bearer caller would have: the
 * realm roles of the access token, which is checked by the same decoder (issuer, audience,
 * signature) as every bearer token, so the session's rules are the API's rules.
 */
final class ConsoleUserService implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

    static final String USERNAME_CLAIM = "preferred_username";

    private final OidcReactiveOAuth2UserService idToken = new OidcReactiveOAuth2UserService();

    private final ReactiveJwtDecoder accessTokens;

    private final KeycloakJwtAuthenticationConverter roles;

    ConsoleUserService(ReactiveJwtDecoder accessTokens, KeycloakJwtAuthenticationConverter roles) {
        this.accessTokens = accessTokens;
        this.roles = roles;
    }

    @Override
    public Mono<OidcUser> loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        return this.idToken.loadUser(request)
            .zipWith(this.accessTokens.decode(request.getAccessToken().getTokenValue())
                .onErrorMap(JwtException.class, refused -> new OAuth2AuthenticationException(
                        new OAuth2Error("invalid_token", "The access token was refused: " + refused.getMessage(), null),
                        refused))
                .flatMap(this.roles::convert))
            .map(userAndToken -> {
                OidcUser user = userAndToken.getT1();
                Collection<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
                authorities.addAll(userAndToken.getT2().getAuthorities());
                return new DefaultOidcUser(List.copyOf(authorities), user.getIdToken(), user.getUserInfo(), USERNAME_CLAIM);
            });
    }

}
