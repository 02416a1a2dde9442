package dev.atelier.notification.orders;

import dev.atelier.notification.account.ServiceAccountToken;
import dev.atelier.platform.client.ServiceClient;
import dev.atelier.platform.client.ServiceClients;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads an order from order-service when a message is sent, with the service's own token (platform
 * ServiceClients: Eureka, breaker and time limit of {@value #SERVICE}).
 */
@Component
public class OrderDirectory {

    public static final String SERVICE = "order-service";

    private final ServiceClient orders;

    public OrderDirectory(ServiceClients clients, ServiceAccountToken token) {
        this.orders = clients.forService(SERVICE, token::bearer);
    }

    /** The order; empty when order-service does not know it. */
    public Mono<OrderDetails> find(UUID orderId) {
        return orders.get("/api/orders/{id}", OrderDetails.class, orderId);
    }
}
