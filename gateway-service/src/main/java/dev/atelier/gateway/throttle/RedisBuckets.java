package dev.atelier.gateway.throttle;

import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Token buckets in Redis, run by Spring Cloud Gateway's {@code request_rate_limiter.lua} (the script
 * behind its {@code RedisRateLimiter}), called here directly so one call can take the tokens of several
 * requests at once. The bucket refills {@code requests} tokens a second up to {@code burst} requests'
 * worth; its time is Redis' own clock, so every gateway instance shares one bucket per key.
 */
class RedisBuckets {

    private final ReactiveStringRedisTemplate redis;

    private final RedisScript<List<Long>> script;

    RedisBuckets(ReactiveStringRedisTemplate redis, RedisScript<List<Long>> script) {
        this.redis = redis;
        this.script = script;
    }

    /** True when {@code bucket} held the tokens of {@code calls} requests (now taken). */
    Mono<Boolean> take(String bucket, RateLimitProperties.Limit rule, int calls) {
        long perRequest = rule.tokensPerRequest();
        // the script's keys, named as the gateway names them; the bucket holds the limit's name so they never mix
        String prefix = "request_rate_limiter.{" + bucket;
        List<String> keys = List.of(prefix + "}.tokens", prefix + "}.timestamp");
        List<String> args = List.of(String.valueOf(rule.requests()), String.valueOf(rule.burst() * perRequest),
                "", String.valueOf(calls * perRequest));
        return this.redis.execute(this.script, keys, args)
            .next()
            .map(answer -> answer.get(0) == 1L);
    }

}
