package dev.atelier.gateway.throttle;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Asks Spring Cloud Gateway's {@link RedisRateLimiter} (the token bucket behind its
 * {@code RequestRateLimiter} filter, one Lua call per request) whether a caller may go on.
 *
 * <p>Redis down or slow: the request goes on (fail open). Throttling protects Keycloak and the
 * services from floods; refusing every login while Redis restarts would lock everyone out instead.
 * Each such request counts in {@code atelier.gateway.rate.limit.unchecked}, and a warning is logged
 * at most once a minute.
 */
class RequestThrottle {

    static final String AUTH = "auth";

    static final String API = "api";

    private static final Logger log = LoggerFactory.getLogger(RequestThrottle.class);

    private static final long WARN_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final RedisRateLimiter limiter;

    private final RateLimitProperties limits;

    private final Duration redisTimeout;

    private final MeterRegistry meters;

    private volatile long lastWarning = System.nanoTime() - WARN_EVERY_NANOS;

    RequestThrottle(ReactiveStringRedisTemplate redis, RedisScript<List<Long>> script, ConfigurationService configurations,
            RateLimitProperties limits, Duration redisTimeout, MeterRegistry meters) {
        this.limiter = new RedisRateLimiter(redis, script, configurations);
        this.limiter.getConfig().put(AUTH, bucket(limits.auth()));
        this.limiter.getConfig().put(API, bucket(limits.api()));
        this.limits = limits;
        this.redisTimeout = redisTimeout;
        this.meters = meters;
    }

    /** True when the caller ({@code key}) may make one more request under the named limit. */
    Mono<Boolean> allows(String limit, String key) {
        return this.limiter.isAllowed(limit, key)
            .timeout(this.redisTimeout)
            .map(response -> {
                // RedisRateLimiter answers "allowed, -1 left" when Redis failed (its own fail-open)
                if ("-1".equals(response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER))) {
                    unchecked(limit, null);
                }
                return response.isAllowed();
            })
            .onErrorResume(e -> {
                unchecked(limit, e);
                return Mono.just(true);
            });
    }

    RateLimitProperties.Limit limit(String name) {
        return AUTH.equals(name) ? this.limits.auth() : this.limits.api();
    }

    private void unchecked(String limit, Throwable cause) {
        this.meters.counter("atelier.gateway.rate.limit.unchecked", "limit", limit).increment();
        long now = System.nanoTime();
        if (now - this.lastWarning >= WARN_EVERY_NANOS) {
            this.lastWarning = now;
            log.warn("Redis did not answer the rate limiter ({}): requests pass unthrottled until it does",
                    cause == null ? "see RedisRateLimiter" : cause.toString());
        }
    }

    private static RedisRateLimiter.Config bucket(RateLimitProperties.Limit limit) {
        long perRequest = limit.tokensPerRequest();
        return new RedisRateLimiter.Config()
            .setReplenishRate(limit.requests())
            .setRequestedTokens(Math.toIntExact(perRequest))
            .setBurstCapacity(limit.burst() * perRequest);
    }

}
