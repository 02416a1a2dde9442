package dev.atelier.gateway.auth;

import jakarta.validation.constraints.NotBlank;

public record LoginRequest(@NotBlank String username, @NotBlank String password) {

    /** Never log the password, even by accident. */
    @Override
    public String toString() {
        return "LoginRequest[username=" + username + "]";
    }

}
