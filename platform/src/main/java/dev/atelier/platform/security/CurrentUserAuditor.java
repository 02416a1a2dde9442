package dev.atelier.platform.security;

import org.springframework.data.domain.ReactiveAuditorAware;
import reactor.core.publisher.Mono;

/** Fills {@code @CreatedBy}/{@code @LastModifiedBy} with the token's user name. */
public final class CurrentUserAuditor implements ReactiveAuditorAware<String> {

    @Override
    public Mono<String> getCurrentAuditor() {
        return CurrentUser.name();
    }

}
