package dev.atelier.order.customers;

import dev.atelier.order.customers.persistence.KnownCustomerRepository;
import dev.atelier.order.orders.domain.MeasurementSnapshot;
import dev.atelier.platform.client.DownstreamRejectedException;
import dev.atelier.platform.client.ServiceClient;
import dev.atelier.platform.client.ServiceClients;
import dev.atelier.platform.error.UnusableReferenceException;
import dev.atelier.platform.event.CustomerChanged;
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
 * Whether a customer is active is first looked up in the customers heard of on customer.changed:
 * one known and never heard archived is not asked about again, which spares each new order a call.
 */
@Component
public class CustomerDirectory {

    public static final String SERVICE = "customer-service";

    private final ServiceClient customers;
    private final KnownCustomerRepository known;

    public CustomerDirectory(ServiceClients clients, KnownCustomerRepository known) {
        this.customers = clients.forService(SERVICE);
        this.known = known;
    }

    /**
     * Completes when the customer exists and is not archived; else a 422 naming {@code customerId}.
     * An archive heard a moment ago wins; one not heard yet (milliseconds behind customer-service) is
     * the same race as an archive just after the question. An active answer from customer-service is
     * remembered too, so a customer older than the topic's retention is asked about once.
     */
    public Mono<Void> requireActive(UUID customerId) {
        return known.isKnownActive(customerId)
                .flatMap(active -> active ? Mono.<Void>empty() : askCustomerService(customerId));
    }

    /** Remembers what customer-service published about a customer. */
    public Mono<Void> heard(CustomerChanged change) {
        return known.heard(change.customerId(), CustomerChanged.ARCHIVED.equals(change.change()));
    }

    private Mono<Void> askCustomerService(UUID customerId) {
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
                    return known.heard(customerId, false);
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
