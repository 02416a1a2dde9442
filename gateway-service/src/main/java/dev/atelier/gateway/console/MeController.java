package dev.atelier.gateway.console;

import dev.atelier.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/** Who is signed in: the console's first call, and a quick check for any token holder. */
@RestController
@Tag(name = "Auth", description = "Log in, refresh and log out (tokens from Keycloak).")
class MeController {

    private static final List<String> DESIGNER_ROLES = List.of(Roles.LEAD_DESIGNER, Roles.JUNIOR_DESIGNER);

    private final CallerTokens tokens;

    MeController(CallerTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Read from the access token the caller acts with, so a console session whose tokens can no
     * longer be refreshed ends here (401, the session dropped) rather than on the next save.
     */
    @GetMapping("/api/me")
    @Operation(operationId = "getCurrentUser", summary = "Who is signed in: user name, display name and designer roles")
    Mono<CurrentDesigner> me(ServerWebExchange exchange) {
        return this.tokens.accessToken(exchange)
            .zipWith(exchange.getPrincipal().cast(Authentication.class))
            .map(tokenAndCaller -> designer(tokenAndCaller.getT1(), tokenAndCaller.getT2().getAuthorities()))
            .switchIfEmpty(exchange.getSession()
                .flatMap(WebSession::invalidate)
                .then(Mono.error(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                        "The session has ended; sign in again."))));
    }

    private static CurrentDesigner designer(Jwt token, Collection<? extends GrantedAuthority> authorities) {
        List<String> roles = DESIGNER_ROLES.stream()
            .filter(role -> authorities.stream().anyMatch(granted -> granted.getAuthority().equals(Roles.AUTHORITY_PREFIX + role)))
            .toList();
        String username = token.getClaimAsString("preferred_username");
        String name = token.getClaimAsString("name");
        return new CurrentDesigner(username, name != null ? name : username, roles);
    }

}
