package dev.atelier.gateway.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.test.RedisEndpoint;
import dev.atelier.platform.test.TestInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Batches on a real Redis with the gateway's own Lua script. The limits here are one request a second
 * (60 a minute), so the bucket barely refills while a test runs and every count below is exact or off
 * by one refilled request at most.
 */
class BatchedRateLimitTest {

    private static LettuceConnectionFactory connections;

    private static ReactiveStringRedisTemplate redis;

    private final AtomicLong now = new AtomicLong();

    private final AtomicInteger redisCalls = new AtomicInteger();

    @BeforeAll
    static void connect() {
        RedisEndpoint endpoint = TestInfrastructure.redis();
        connections = new LettuceConnectionFactory(endpoint.host(), endpoint.port());
        connections.afterPropertiesSet();
        connections.start();
        redis = new ReactiveStringRedisTemplate(connections);
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @Test
    void a_caller_inside_the_limit_costs_one_redis_call_per_batch() {
        String user = "batch-" + System.nanoTime();
        RequestThrottle throttle = throttle(new RateLimitProperties.Limit(60, Duration.ofMinutes(1), 100, 10));

        assertThat(allowed(throttle, user, 25)).isEqualTo(25);

        assertThat(this.redisCalls).as("batches of 10, 10 and 10").hasValue(3);
        assertThat(redis.keys("request_rate_limiter.{api." + user + "}.*").collectList().block())
            .as("the bucket is named by limit and caller").hasSize(2);
        long tokensLeft = Long.parseLong(redis.opsForValue().get("request_rate_limiter.{api." + user + "}.tokens").block());
        assertThat(tokensLeft).as("30 requests paid for, a token a second each minute-long request")
            .isBetween((100L - 30) * 60, (100L - 30) * 60 + 120);
    }

    @Test
    void at_the_buckets_edge_each_request_asks_alone_and_the_limit_refuses_where_it_would_without_batches() {
        String user = "edge-" + System.nanoTime();
        RequestThrottle throttle = throttle(new RateLimitProperties.Limit(60, Duration.ofMinutes(1), 25, 10));

        int allowed = allowed(throttle, user, 30);

        assertThat(allowed).as("the burst of 25, maybe one refilled").isBetween(25, 26);
        assertThat(throttle.allows(RequestThrottle.API, user).block()).isFalse();
    }

    @Test
    void a_lapsed_lease_asks_redis_again_and_buckets_of_other_callers_and_limits_do_not_mix() {
        String user = "lapse-" + System.nanoTime();
        RequestThrottle throttle = throttle(new RateLimitProperties.Limit(60, Duration.ofMinutes(1), 100, 10));

        assertThat(allowed(throttle, user, 2)).isEqualTo(2);
        assertThat(this.redisCalls).hasValue(1);
        this.now.addAndGet(Leases.LIFETIME.toNanos());
        assertThat(allowed(throttle, user, 1)).isEqualTo(1);
        assertThat(this.redisCalls).as("the lease lapsed").hasValue(2);

        assertThat(throttle.allows(RequestThrottle.API, user + "-other").block()).isTrue();
        assertThat(throttle.allows(RequestThrottle.AUTH, user).block()).isTrue();
        assertThat(this.redisCalls).as("another caller and another limit have their own buckets").hasValue(4);
    }

    private int allowed(RequestThrottle throttle, String user, int requests) {
        int allowed = 0;
        for (int i = 0; i < requests; i++) {
            if (Boolean.TRUE.equals(throttle.allows(RequestThrottle.API, user).block())) {
                allowed++;
            }
        }
        return allowed;
    }

    private RequestThrottle throttle(RateLimitProperties.Limit api) {
        RedisScript<List<Long>> script = RedisScript.of(new ClassPathResource("META-INF/scripts/request_rate_limiter.lua"),
                castList());
        RedisBuckets counted = new RedisBuckets(redis, script) {
            @Override
            Mono<Boolean> take(String bucket, RateLimitProperties.Limit rule, int calls) {
                redisCalls.incrementAndGet();
                return super.take(bucket, rule, calls);
            }
        };
        RateLimitProperties limits = new RateLimitProperties(true,
                new RateLimitProperties.Limit(10, Duration.ofMinutes(1), 10), api);
        return new RequestThrottle(counted, new Leases(this.now::get), limits, Duration.ofSeconds(2),
                new SimpleMeterRegistry());
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Class<List<Long>> castList() {
        return (Class) List.class;
    }

}
