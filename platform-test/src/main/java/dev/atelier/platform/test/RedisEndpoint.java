package dev.atelier.platform.test;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A real Redis (no password) shared by the tests of one JVM: a loopback redis-server or a container. */
public record RedisEndpoint(String host, int port) {

    /** Sets {@code spring.data.redis.host} and {@code spring.data.redis.port}. */
    public void registerWith(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", this::host);
        registry.add("spring.data.redis.port", this::port);
    }
}
