package dev.atelier.platform.client;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetricsPublisher;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetricsPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The circuit breakers' and bulkheads' metrics, bound once. Resilience4j's Spring Boot starter and Spring Cloud
 * CircuitBreaker's reactive and blocking configurations each bind the same registries when they find no
 * publisher, and which of them do depends on the order their conditions are read in: bound twice, every call
 * was counted twice. These publishers come before all of them, so they all back off, and the registries hand
 * these every breaker and bulkhead, those configured by name at start included.
 */
@AutoConfiguration(beforeName = {
    "io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerMetricsAutoConfiguration",
    "io.github.resilience4j.springboot3.bulkhead.autoconfigure.BulkheadMetricsAutoConfiguration",
    "org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JAutoConfiguration",
    "org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JAutoConfiguration" })
@ConditionalOnClass({ CircuitBreaker.class, Bulkhead.class, TaggedCircuitBreakerMetricsPublisher.class,
        MeterRegistry.class })
public final class BreakerMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TaggedCircuitBreakerMetricsPublisher taggedCircuitBreakerMetricsPublisher(MeterRegistry meters) {
        return new TaggedCircuitBreakerMetricsPublisher(meters);
    }

    @Bean
    @ConditionalOnMissingBean
    TaggedBulkheadMetricsPublisher taggedBulkheadMetricsPublisher(MeterRegistry meters) {
        return new TaggedBulkheadMetricsPublisher(meters);
    }
}
