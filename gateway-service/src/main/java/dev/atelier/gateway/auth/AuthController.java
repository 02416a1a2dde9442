package dev.atelier.gateway.auth;

import dev.atelier.platform.openapi.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Token endpoints for scripts and simple clients. Browser and mobile apps use Authorization
 * Code + PKCE against Keycloak directly; these only spare a script the OAuth form encoding.
 * Login and refresh are open; logout needs a valid access token like every other path.
 */
@RestController
@Tag(name = "Auth", description = "Log in, refresh and log out (tokens from Keycloak).")
@RequestMapping("/api/auth")
class AuthController {

    private final KeycloakTokenClient keycloak;

    AuthController(KeycloakTokenClient keycloak) {
        this.keycloak = keycloak;
    }

    @PostMapping("/login")
    @Operation(operationId = "login", summary = "Log in with user name and password")
    @ProblemResponse(status = 401, description = "Wrong user name or password, or the account is not ready (temporary password).")
    @SecurityRequirements
    @ProblemResponse(status = 503, description = "Keycloak is unavailable.")
    Mono<Tokens> login(@Valid @RequestBody LoginRequest login) {
        return keycloak.passwordGrant(login.username(), login.password());
    }

    @PostMapping("/refresh")
    @Operation(operationId = "refreshToken", summary = "Exchange a refresh token for new tokens")
    @ProblemResponse(status = 401, description = "The refresh token is expired, spent or unknown.")
    @SecurityRequirements
    @ProblemResponse(status = 503, description = "Keycloak is unavailable.")
    Mono<Tokens> refresh(@Valid @RequestBody RefreshTokenRequest refresh) {
        return keycloak.refresh(refresh.refreshToken());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "logout", summary = "End the session of a refresh token")
    @ProblemResponse(status = 503, description = "Keycloak is unavailable.")
    Mono<Void> logout(@Valid @RequestBody RefreshTokenRequest logout) {
        return keycloak.logout(logout.refreshToken());
    }

}
