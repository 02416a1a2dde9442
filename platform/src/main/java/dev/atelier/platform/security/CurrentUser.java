package dev.atelier.platform.security;

import dev.atelier.platform.error.ForbiddenInputException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Mono;

/**
 * The authenticated user of the current request, read from Reactor's context (never a thread
 * local), e.g. for {@code createdBy} fields or a timeline row's {@code by}.
 */
public final class CurrentUser {

    private static final String LEAD_AUTHORITY = Roles.AUTHORITY_PREFIX + Roles.LEAD_DESIGNER;

    private static final String NOTIFIER_AUTHORITY = Roles.AUTHORITY_PREFIX + Roles.NOTIFIER;

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

    /**
     * Whether the caller may see money: prices, payments and anything that filters or sorts by
     * them. Lead designers do, and the notifier (a customer's balance-due mail states the amount);
     * junior designers never; false outside an authenticated request.
     */
    public static Mono<Boolean> seesMoney() {
        return authentication()
            .map(authentication -> authentication.getAuthorities().stream()
                .anyMatch(authority -> LEAD_AUTHORITY.equals(authority.getAuthority())
                        || NOTIFIER_AUTHORITY.equals(authority.getAuthority())))
            .defaultIfEmpty(false);
    }

    /**
     * Refuses a money-revealing parameter for callers who may not see money: completes empty
     * when {@code sent} is false or the caller sees money, else fails with a 403 naming it.
     */
    public static Mono<Void> requireSeesMoney(String parameter, boolean sent) {
        if (!sent) {
            return Mono.empty();
        }
        return seesMoney().flatMap(allowed -> allowed ? Mono.<Void>empty()
                : Mono.error(new ForbiddenInputException(parameter,
                        "Only lead designers may filter or sort by " + parameter + ".")));
    }

}
