package dev.atelier.gateway.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of login and refresh, in OAuth 2.0's own field names, so clients that already
 * speak to a token endpoint read it unchanged. Also how Keycloak's answer is read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tokens(@JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("token_type") String tokenType) {
}
