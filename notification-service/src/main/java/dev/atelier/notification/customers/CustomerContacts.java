package dev.atelier.notification.customers;

import dev.atelier.notification.account.ServiceAccountToken;
import dev.atelier.platform.client.ServiceClient;
import dev.atelier.platform.client.ServiceClients;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads a customer's contact and consent from customer-service when a message is sent, with the
 * service's own token (platform ServiceClients: Eureka, breaker and time limit of {@value #SERVICE}).
 */
@Component
public class CustomerContacts {

    public static final String SERVICE = "customer-service";

    private final ServiceClient customers;

    public CustomerContacts(ServiceClients clients, ServiceAccountToken token) {
        this.customers = clients.forService(SERVICE, token::bearer);
    }

    /** The contact; empty when customer-service does not know the customer. */
    public Mono<CustomerContact> find(UUID customerId) {
        return customers.get("/api/customers/{id}/contact", CustomerContact.class, customerId);
    }
}
