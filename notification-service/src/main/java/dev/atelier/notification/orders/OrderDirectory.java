package dev.atelier.notification.orders;

import dev.atelier.notification.account.ServiceAccountToken;
import dev.atelier.platform.client.ServiceClient;
import dev.atelier.platform.client.ServiceClients;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads orders from order-service when a message is sent or reminders are due, with the service's own token (platform
 * ServiceClients: Eureka, breaker and time limit of {@value #SERVICE}).
 */
@Component
public class OrderDirectory {

    public static final String SERVICE = "order-service";

    private final ServiceClient orders;

    public OrderDirectory(ServiceClients clients, ServiceAccountToken token) {
        this.orders = clients.forService(SERVICE, token::bearer);
    }

    /** Orders are listed in pages of this size (the API's largest). */
    static final int PAGE_SIZE = 100;

    /** The orders due for delivery or pickup from {@code from} to {@code to}, both included, in any status. */
    public Flux<OrderDetails> dueBetween(LocalDate from, LocalDate to) {
        return page(from, to, 0)
                .expand(page -> page.isLast() ? Mono.empty() : page(from, to, page.page().number() + 1))
                .flatMapIterable(OrderPage::content);
    }

    private Mono<OrderPage> page(LocalDate from, LocalDate to, int number) {
        return orders.get("/api/orders?deliveryFrom={from}&deliveryTo={to}&page={page}&size={size}&sort=deliveryDate,asc",
                OrderPage.class, from, to, number, PAGE_SIZE);
    }

    /** The order; empty when order-service does not know it. */
    public Mono<OrderDetails> find(UUID orderId) {
        return orders.get("/api/orders/{id}", OrderDetails.class, orderId);
    }
}
