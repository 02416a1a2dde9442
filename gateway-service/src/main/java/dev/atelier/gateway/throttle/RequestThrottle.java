package dev.atelier.gateway.throttle;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Whether a caller may go on, by token buckets in Redis ({@link RedisBuckets}). A caller well inside
 * the limit costs one Redis call per batch of {@link RateLimitProperties.Limit#calls()} requests, not
 * one per request: the batch is taken from the bucket at once and used from a local {@link Leases lease}.
 * At the bucket's edge (the batch no longer fits) each request asks for its own token again, so the
 * limit refuses exactly where it did.
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

    private final RedisBuckets buckets;

    private final Leases leases;

    private final RateLimitProperties limits;

    private final Duration redisTimeout;

    private final MeterRegistry meters;

    private volatile long lastWarning = System.nanoTime() - WARN_EVERY_NANOS;

    RequestThrottle(RedisBuckets buckets, Leases leases, RateLimitProperties limits, Duration redisTimeout,
            MeterRegistry meters) {
        this.buckets = buckets;
        this.leases = leases;
        this.limits = limits;
        this.redisTimeout = redisTimeout;
        this.meters = meters;
    }

    /** True when the caller ({@code key}) may make one more request under the named limit. */
    Mono<Boolean> allows(String limit, String key) {
        // one name for the local lease and the Redis bucket: the limit's name, then the caller
        String bucket = limit + "." + key;
        if (this.leases.use(bucket)) {
            return Mono.just(true);
        }
        RateLimitProperties.Limit rule = limit(limit);
        int batch = rule.calls();
        Mono<Boolean> answer = this.buckets.take(bucket, rule, batch)
            .flatMap(allowed -> {
                if (allowed) {
                    this.leases.grant(bucket, batch - 1);
                    return Mono.just(true);
                }
                return batch > 1 ? this.buckets.take(bucket, rule, 1) : Mono.just(false);
            });
        return answer
            .timeout(this.redisTimeout)
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
            log.warn("Redis did not answer the rate limiter ({}): requests pass unthrottled until it does", cause.toString());
        }
    }

}
