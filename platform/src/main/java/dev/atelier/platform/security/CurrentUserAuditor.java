package dev.atelier.platform.security;

import reactor.core.publisher.Mono;

import org.springframework.data.domain.ReactiveAuditorAware;

/** Fills {@code @CreatedBy}/{@code @LastModifiedBy} with the token's user name. */
public final class CurrentUserAuditor implements ReactiveAuditorAware<String> {

    @Override
    public Mono<String> getCurrentAuditor() {
        return CurrentUser.name();
    }

}
