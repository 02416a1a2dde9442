package dev.atelier.gateway.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/** The body of refresh and logout: {@code {"refresh_token": "..."}}. */
public record RefreshTokenRequest(@JsonProperty("refresh_token") @NotBlank String refreshToken) {

    @Override
    public String toString() {
        return "RefreshTokenRequest[refresh_token=***]";
    }

}
