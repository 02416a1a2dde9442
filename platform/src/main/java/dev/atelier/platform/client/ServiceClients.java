package dev.atelier.platform.client;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

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
        return create(serviceName, ServiceClient.callersToken());
    }

    /**
     * A client for {@code serviceName} that sends the token {@code serviceToken} gives instead of a
     * caller's: for work no user asked for (an event consumer, a scheduled job), under the service's
     * own account. The supplier is asked on every call, so it may renew the token.
     */
    public ServiceClient forService(String serviceName, Supplier<Mono<String>> serviceToken) {
        return create(serviceName, Mono.defer(serviceToken).map(Optional::of));
    }

    private ServiceClient create(String serviceName, Mono<Optional<String>> bearerToken) {
        WebClient web = builder.clone().baseUrl("http://" + serviceName).filter(loadBalancer).build();
        return new ServiceClient(serviceName, web, breakers.create(serviceName), properties.retries(), bearerToken);
    }
}
