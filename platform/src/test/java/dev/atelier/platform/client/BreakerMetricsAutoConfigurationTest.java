package dev.atelier.platform.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetricsPublisher;
import io.github.resilience4j.springboot3.bulkhead.autoconfigure.BulkheadAutoConfiguration;
import io.github.resilience4j.springboot3.bulkhead.autoconfigure.BulkheadMetricsAutoConfiguration;
import io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerMetricsAutoConfiguration;
import io.github.resilience4j.springboot3.timelimiter.autoconfigure.TimeLimiterAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JAutoConfiguration;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JAutoConfiguration;

/**
 * With Resilience4j's starter and Spring Cloud CircuitBreaker's reactive and blocking configurations all present,
 * as in every service that calls another, a breaker's metrics are bound once: each call is counted once, and a
 * breaker configured by name (made when the registry is) has its metrics too.
 */
class BreakerMetricsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withConfiguration(AutoConfigurations.of(CircuitBreakerAutoConfiguration.class,
                    CircuitBreakerMetricsAutoConfiguration.class, BulkheadAutoConfiguration.class,
                    BulkheadMetricsAutoConfiguration.class, TimeLimiterAutoConfiguration.class,
                    Resilience4JAutoConfiguration.class,
                    ReactiveResilience4JAutoConfiguration.class, BreakerMetricsAutoConfiguration.class))
            .withPropertyValues("resilience4j.circuitbreaker.instances.customer-service.sliding-window-size=20");

    @Test
    void each_call_through_a_breaker_is_counted_once() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(TaggedCircuitBreakerMetricsPublisher.class);
            CircuitBreaker breaker = context.getBean(CircuitBreakerRegistry.class).circuitBreaker("order-service");
            for (int call = 0; call < 3; call++) {
                breaker.executeSupplier(() -> "answer");
            }
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.get("resilience4j.circuitbreaker.calls").tag("name", "order-service")
                    .tag("kind", "successful").timer().count()).isEqualTo(3);
        });
    }

    @Test
    void a_breaker_configured_by_name_shows_its_state_from_the_start() {
        runner.run(context -> assertThat(context.getBean(MeterRegistry.class).get("resilience4j.circuitbreaker.state")
                .tag("name", "customer-service").tag("state", "closed").gauge().value()).isEqualTo(1.0));
    }
}
