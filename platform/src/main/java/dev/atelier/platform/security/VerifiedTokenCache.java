package dev.atelier.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Checks each distinct token once while it is valid: a client sends the same access token with
 * every call for minutes, and verifying its RSA signature and claims again each time was a
 * twentieth of a read's CPU. A token is remembered by its exact text, only after the wrapped
 * decoder accepted it (signature, issuer, audience, timestamps), and only until it expires; a
 * token without an expiry is never remembered. Tokens it refused are checked again every time.
 */
public final class VerifiedTokenCache implements ReactiveJwtDecoder {

    /** Enough for every signed-in user and service of a shop; an older entry is verified again. */
    static final int MAX_TOKENS = 1_000;

    private final ReactiveJwtDecoder verifier;

    private final Clock clock;

    private final Cache<String, Jwt> verified;

    public VerifiedTokenCache(ReactiveJwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> untilExpiry(jwt)))
            .build();
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        Jwt known = this.verified.getIfPresent(token);
        if (known != null && isUnexpired(known)) {
            return Mono.just(known);
        }
        return this.verifier.decode(token).doOnNext(jwt -> {
            if (isUnexpired(jwt)) {
                this.verified.put(token, jwt);
            }
        });
    }

    private boolean isUnexpired(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && this.clock.instant().isBefore(expiresAt);
    }

    private Duration untilExpiry(Jwt jwt) {
        Duration left = Duration.between(this.clock.instant(), jwt.getExpiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

}
