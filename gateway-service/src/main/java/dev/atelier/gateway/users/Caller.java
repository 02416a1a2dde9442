package dev.atelier.gateway.users;

import org.springframework.security.oauth2.jwt.Jwt;

/** Who calls: their Keycloak user id ({@code sub}) and the access token passed on to Keycloak. */
record Caller(String userId, String token) {

    static Caller of(Jwt jwt) {
        return new Caller(jwt.getSubject(), jwt.getTokenValue());
    }

}
