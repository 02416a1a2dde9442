package dev.atelier.gateway.auth;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Token endpoints for scripts and simple clients. Browser and mobile apps use Authorization
 * Code + PKCE against Keycloak directly; these only spare a script the OAuth form encoding.
 * Login and refresh are open; logout needs a valid access token like every other path.
 */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final KeycloakTokenClient keycloak;

    AuthController(KeycloakTokenClient keycloak) {
        this.keycloak = keycloak;
    }

    @PostMapping("/login")
    Mono<Tokens> login(@Valid @RequestBody LoginRequest login) {
        return keycloak.passwordGrant(login.username(), login.password());
    }

    @PostMapping("/refresh")
    Mono<Tokens> refresh(@Valid @RequestBody RefreshTokenRequest refresh) {
        return keycloak.refresh(refresh.refreshToken());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> logout(@Valid @RequestBody RefreshTokenRequest logout) {
        return keycloak.logout(logout.refreshToken());
    }

}
