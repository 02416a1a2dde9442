package dev.atelier.order.customers;

import dev.atelier.order.orders.domain.MeasurementSnapshot;
import dev.atelier.platform.client.DownstreamRejectedException;
import dev.atelier.platform.client.ServiceClient;
import dev.atelier.platform.client.ServiceClients;
import dev.atelier.platform.error.UnusableReferenceException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What order-service needs to know from customer-service, asked now (through Eureka, with the
 * caller's token, Resilience4j time limit, retries and circuit breaker of the instance
 * {@value #SERVICE}). customer-service down or too slow: 503 naming it, before anything is stored.
 */
@Component
public class CustomerDirectory {

    public static final String SERVICE = "customer-service";

    private final ServiceClient customers;

    public CustomerDirectory(ServiceClients clients) {
        this.customers = clients.forService(SERVICE);
    }

    /** Completes when the customer exists and is not archived; else a 422 naming {@code customerId}. */
    public Mono<Void> requireActive(UUID customerId) {
        return customers.get("/api/customers/{id}/exists", CustomerExistence.class, customerId)
                // The route always answers 200; a 404 means it is missing there: a fault between the services.
                .switchIfEmpty(Mono.error(() -> new DownstreamRejectedException(SERVICE, HttpStatus.NOT_FOUND)))
                .flatMap(answer -> {
                    if (!answer.exists()) {
                        return Mono.error(unknownCustomer(customerId));
                    }
                    if (answer.archived()) {
                        return Mono.error(new UnusableReferenceException("customerId",
                                "is an archived customer (" + customerId + ")"));
                    }
                    return Mono.<Void>empty();
                });
    }

    /**
     * The customer's measurement set as it is now, copied for an order; a 422 naming
     * {@code measurementId} when it is unknown or belongs to another customer.
     */
    public Mono<MeasurementSnapshot> copyMeasurement(UUID measurementId, UUID customerId, Instant now) {
        return customers.get("/api/measurements/{id}", MeasurementAnswer.class, measurementId)
                .switchIfEmpty(Mono.error(() -> new UnusableReferenceException("measurementId",
                        "is not a known measurement set (" + measurementId + ")")))
                .flatMap(answer -> customerId.equals(answer.customerId())
                        ? Mono.just(new MeasurementSnapshot(answer.id(), answer.type(), answer.unit(),
                                answer.values() == null ? Map.of() : answer.values(), answer.notes(), answer.version(),
                                now))
                        : Mono.error(new UnusableReferenceException("measurementId",
                                "belongs to another customer, not to " + customerId)));
    }

    private static UnusableReferenceException unknownCustomer(UUID customerId) {
        return new UnusableReferenceException("customerId", "is not a known customer (" + customerId + ")");
    }
}
