package dev.atelier.platform.client;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

/** Makes a {@link ServiceClient} for a service known to Eureka by name; one per caller is enough. */
public class ServiceClients {

    private final WebClient.Builder builder;
    private final LoadBalancedExchangeFilterFunction loadBalancer;
    private final ReactiveCircuitBreakerFactory<?, ?> breakers;
    private final ServiceClientProperties properties;

    public ServiceClients(WebClient.Builder builder, LoadBalancedExchangeFilterFunction loadBalancer,
            ReactiveCircuitBreakerFactory<?, ?> breakers, ServiceClientProperties properties) {
        this.builder = builder;
        this.loadBalancer = loadBalancer;
        this.breakers = breakers;
        this.properties = properties;
    }

    /** A client for {@code serviceName}, its circuit breaker and time limit named after it. */
    public ServiceClient forService(String serviceName) {
        WebClient web = builder.clone().baseUrl("http://" + serviceName).filter(loadBalancer).build();
        return new ServiceClient(serviceName, web, breakers.create(serviceName), properties.retries());
    }
}
