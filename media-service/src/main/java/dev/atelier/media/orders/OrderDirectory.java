package dev.atelier.media.orders;

import dev.atelier.platform.client.ServiceClient;
import dev.atelier.platform.client.ServiceClients;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Asks order-service for an order, with the caller's token (so its role rules apply), under the
 * {@code order-service} circuit breaker and time limit. Empty for an unknown order; a 503 naming
 * order-service when it is down.
 */
@Component
public class OrderDirectory {

    public static final String SERVICE = "order-service";

    private final ServiceClient orderService;

    public OrderDirectory(ServiceClients clients) {
        this.orderService = clients.forService(SERVICE);
    }

    public Mono<OrderReference> find(UUID orderId) {
        return orderService.get("/api/orders/{id}", OrderReference.class, orderId);
    }
}
