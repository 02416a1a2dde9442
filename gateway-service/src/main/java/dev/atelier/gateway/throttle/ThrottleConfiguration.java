package dev.atelier.gateway.throttle;

import dev.atelier.platform.error.ProblemResponseWriter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/** Rate limits on Redis; {@code GATEWAY_RATE_LIMITS_ENABLED=false} turns them off. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "atelier.gateway.rate-limits.enabled", havingValue = "true", matchIfMissing = true)
class ThrottleConfiguration {

    @Bean
    RequestThrottle requestThrottle(ReactiveStringRedisTemplate redis,
            @Qualifier("redisRequestRateLimiterScript") RedisScript<List<Long>> script, RateLimitProperties limits,
            @Value("${spring.data.redis.timeout:500ms}") Duration redisTimeout, MeterRegistry meters) {
        // The gateway's script reads its file again on every call to see whether it changed (a jar lookup per
        // request); its text, copied once, is the same script with its SHA worked out once.
        RedisScript<List<Long>> loadedOnce = new DefaultRedisScript<>(script.getScriptAsString(), script.getResultType());
        // a little more than Lettuce's own command timeout, so its error (and fail-open) comes first
        return new RequestThrottle(new RedisBuckets(redis, loadedOnce), new Leases(System::nanoTime), limits,
                redisTimeout.plusMillis(250), meters);
    }

    @Bean
    RateLimitFilter rateLimitFilter(RequestThrottle throttle, ProblemResponseWriter problems, MeterRegistry meters) {
        return new RateLimitFilter(throttle, problems, meters);
    }

}
