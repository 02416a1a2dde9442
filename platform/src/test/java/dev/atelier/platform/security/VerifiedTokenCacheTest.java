package dev.atelier.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();

    private Instant now = NOW;

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private static Jwt jwt(String token, Instant expiresAt) {
        Jwt.Builder builder = Jwt.withTokenValue(token).header("alg", "RS256").subject("lead").issuedAt(NOW.minusSeconds(1));
        return (expiresAt == null ? builder : builder.expiresAt(expiresAt)).build();
    }

    @Test
    void a_valid_token_is_verified_once_until_it_expires() {
        VerifiedTokenCache cache = new VerifiedTokenCache(token -> {
            this.verifications.incrementAndGet();
            Instant expiresAt = NOW.plus(Duration.ofMinutes(5));
            return this.now.isBefore(expiresAt) ? Mono.just(jwt(token, expiresAt))
                    : Mono.error(new BadJwtException("Jwt expired at " + expiresAt));
        }, this.clock);

        StepVerifier.create(cache.decode("a")).expectNextMatches(jwt -> jwt.getSubject().equals("lead")).verifyComplete();
        StepVerifier.create(cache.decode("a")).expectNextCount(1).verifyComplete();
        StepVerifier.create(cache.decode("b")).expectNextCount(1).verifyComplete();
        assertThat(this.verifications).hasValue(2);

        this.now = NOW.plus(Duration.ofMinutes(5));
        StepVerifier.create(cache.decode("a")).verifyError(BadJwtException.class);
        assertThat(this.verifications).hasValue(3);
    }

    @Test
    void a_refused_token_is_checked_again_every_time() {
        VerifiedTokenCache cache = new VerifiedTokenCache(token -> {
            this.verifications.incrementAndGet();
            return Mono.error(new BadJwtException("signature does not match"));
        }, this.clock);

        StepVerifier.create(cache.decode("forged")).verifyError(BadJwtException.class);
        StepVerifier.create(cache.decode("forged")).verifyError(BadJwtException.class);
        assertThat(this.verifications).hasValue(2);
    }

    @Test
    void a_token_without_an_expiry_is_not_remembered() {
        VerifiedTokenCache cache = new VerifiedTokenCache(token -> {
            this.verifications.incrementAndGet();
            return Mono.just(jwt(token, null));
        }, this.clock);

        StepVerifier.create(cache.decode("forever")).expectNextCount(1).verifyComplete();
        StepVerifier.create(cache.decode("forever")).expectNextCount(1).verifyComplete();
        assertThat(this.verifications).hasValue(2);
    }

}
