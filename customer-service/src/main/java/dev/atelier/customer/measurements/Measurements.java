package dev.atelier.customer.measurements;

import dev.atelier.customer.customers.Customers;
import dev.atelier.customer.customers.domain.Customer;
import dev.atelier.customer.measurements.domain.Measurement;
import dev.atelier.customer.measurements.domain.MeasurementDetails;
import dev.atelier.customer.measurements.domain.MeasurementVersion;
import dev.atelier.customer.measurements.persistence.MeasurementRepository;
import dev.atelier.platform.error.ConflictException;
import dev.atelier.platform.error.NotFoundException;
import dev.atelier.platform.error.ValidationFailedException;
import dev.atelier.platform.security.CurrentUser;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The measurement use cases. The web layer validates the details before anything is read or written. A set
 * recorded or replaced appends the customer's {@code customer.changed} ({@code MEASUREMENTS_CHANGED}, no values)
 * to the outbox in the same transaction.
 */
@Service
public class Measurements {

    private static final String RESOURCE = "measurement";

    private final MeasurementRepository measurements;

    private final Customers customers;

    private final TransactionalOperator transactions;

    public Measurements(MeasurementRepository measurements, Customers customers, TransactionalOperator transactions) {
        this.measurements = measurements;
        this.customers = customers;
        this.transactions = transactions;
    }

    public Mono<Measurement> create(UUID customerId, MeasurementDetails details) {
        return activeCustomer(customerId)
            .flatMap(customer -> user()
                .flatMap(user -> this.measurements.insert(customerId, details, user))
                .flatMap(created -> this.customers.measurementsChanged(customer, created.id()).thenReturn(created)))
            .as(this.transactions::transactional);
    }

    public Mono<Measurement> get(UUID id) {
        return this.measurements.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id)));
    }

    public Mono<PageResponse<Measurement>> list(UUID customerId, UUID orderId, PageQuery page) {
        return PageResponse.of(this.measurements.find(customerId, orderId, page),
                this.measurements.count(customerId, orderId), page);
    }

    /** The nested list: an unknown customer is a 404, an archived one's measurements stay readable. */
    public Mono<PageResponse<Measurement>> listForCustomer(UUID customerId, PageQuery page) {
        return this.customers.isActive(customerId)
            .switchIfEmpty(Mono.error(() -> new NotFoundException("customer", customerId)))
            .then(list(customerId, null, page));
    }

    /** {@code customerId}: what the client sent, if anything; a set stays with its customer. */
    public Mono<Measurement> replace(UUID id, @Nullable UUID customerId, MeasurementDetails details, long version) {
        return get(id).flatMap(current -> {
            if (customerId != null && !Objects.equals(customerId, current.customerId())) {
                return Mono.error(new ValidationFailedException("customerId",
                        "cannot change: a measurement set stays with its customer"));
            }
            if (current.version() != version) {
                return Mono.error(new ConflictException(
                        "Someone else changed this measurement set meanwhile; reload it and try again.",
                        Map.of("currentVersion", current.version())));
            }
            return activeCustomer(current.customerId())
                .flatMap(customer -> user()
                    .flatMap(user -> this.measurements.update(current, version, details, user))
                    .flatMap(updated -> this.customers.measurementsChanged(customer, updated.id()).thenReturn(updated)));
        }).as(this.transactions::transactional);
    }

    /** Every version, the newest first. */
    public Mono<List<MeasurementVersion>> history(UUID id) {
        return get(id).thenMany(this.measurements.history(id)).collectList();
    }

    /** The customer a set is written for (its version goes into the event), unless unknown or archived. */
    private Mono<Customer> activeCustomer(UUID customerId) {
        return this.customers.get(customerId)
            .flatMap(customer -> !customer.archived() ? Mono.just(customer)
                    : Mono.error(new ConflictException("The customer is archived; their measurements can be read but"
                            + " not added to or changed.", Map.of("customerId", customerId.toString()))));
    }

    private static Mono<String> user() {
        return CurrentUser.name().switchIfEmpty(Mono.error(() -> new IllegalStateException("no authenticated user")));
    }

}
