package dev.atelier.platform.security;

import reactor.core.publisher.Mono;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;

/**
 * The authenticated user of the current request, read from Reactor's context (never a thread
 * local), e.g. for {@code createdBy} fields or a timeline row's {@code by}.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The user's name ({@code preferred_username}); empty outside an authenticated request. */
    public static Mono<String> name() {
        return authentication().map(Authentication::getName);
    }

    /** The authenticated caller; empty outside an authenticated request. */
    public static Mono<Authentication> authentication() {
        return ReactiveSecurityContextHolder.getContext()
            .mapNotNull(SecurityContext::getAuthentication)
            .filter(authentication -> authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken));
    }

}
