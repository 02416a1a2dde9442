package dev.atelier.platform.client;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JAutoConfiguration;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link ServiceClients} for a service that calls others: present when it has Spring Cloud
 * LoadBalancer (the Eureka client brings it) and a reactive circuit breaker (the
 * {@code spring-cloud-starter-circuitbreaker-reactor-resilience4j} starter).
 */
@AutoConfiguration(after = { ReactorLoadBalancerClientAutoConfiguration.class,
        ReactiveResilience4JAutoConfiguration.class })
@ConditionalOnClass({ WebClient.class, LoadBalancedExchangeFilterFunction.class, ReactiveCircuitBreakerFactory.class,
        ReactiveResilience4JAutoConfiguration.class })
@EnableConfigurationProperties(ServiceClientProperties.class)
public final class ServiceClientAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({ LoadBalancedExchangeFilterFunction.class, ReactiveCircuitBreakerFactory.class })
    ServiceClients serviceClients(ObjectProvider<WebClient.Builder> builder, LoadBalancedExchangeFilterFunction loadBalancer,
            ReactiveCircuitBreakerFactory<?, ?> breakers, ServiceClientProperties properties) {
        return new ServiceClients(builder.getIfAvailable(WebClient::builder), loadBalancer, breakers, properties);
    }
}
