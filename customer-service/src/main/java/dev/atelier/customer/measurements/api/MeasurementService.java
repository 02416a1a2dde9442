package dev.atelier.customer.measurements.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.atelier.customer.common.InvalidInput;
import dev.atelier.customer.customers.persistence.CustomerSearch;
import dev.atelier.customer.measurements.domain.LengthUnit;
import dev.atelier.customer.measurements.domain.MeasurementDetails;
import dev.atelier.customer.measurements.persistence.MeasurementRecord;
import dev.atelier.customer.measurements.persistence.MeasurementStore;
import dev.atelier.platform.error.ConflictException;
import dev.atelier.platform.error.FieldProblem;
import dev.atelier.platform.error.NotFoundException;
import dev.atelier.platform.error.ValidationFailedException;
import dev.atelier.platform.security.CurrentUser;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/** The measurement use cases. Input is validated before anything is read or written. */
@Service
public class MeasurementService {

    static final String RESOURCE = "measurement";

    private final MeasurementStore measurements;

    private final CustomerSearch customers;

    public MeasurementService(MeasurementStore measurements, CustomerSearch customers) {
        this.measurements = measurements;
        this.customers = customers;
    }

    public Mono<MeasurementView> create(MeasurementRequest request) {
        return details(request)
            .flatMap(details -> {
                if (request.customerId() == null) {
                    return Mono.error(new ValidationFailedException("customerId", "is required"));
                }
                return activeCustomer(request.customerId())
                    .then(user())
                    .flatMap(user -> this.measurements.insert(request.customerId(), details, user));
            })
            .map(record -> MeasurementView.of(record, null));
    }

    public Mono<MeasurementView> get(UUID id, LengthUnit unit) {
        return find(id).map(record -> MeasurementView.of(record, unit));
    }

    public Mono<PageResponse<MeasurementView>> list(UUID customerId, UUID orderId, LengthUnit unit, PageQuery page) {
        return PageResponse.of(this.measurements.find(customerId, orderId, page).map(record -> MeasurementView.of(record, unit)),
                this.measurements.count(customerId, orderId), page);
    }

    /** The nested list: an unknown customer is a 404, an archived one's measurements stay readable. */
    public Mono<PageResponse<MeasurementView>> listForCustomer(UUID customerId, LengthUnit unit, PageQuery page) {
        return this.customers.isActive(customerId)
            .switchIfEmpty(Mono.error(() -> new NotFoundException("customer", customerId)))
            .then(list(customerId, null, unit, page));
    }

    public Mono<MeasurementView> replace(UUID id, MeasurementRequest request) {
        return details(request).flatMap(details -> {
            if (request.version() == null) {
                return Mono.error(new ValidationFailedException("version",
                        "is required: the version of the measurement set you last read"));
            }
            return find(id).flatMap(current -> {
                if (request.customerId() != null && !Objects.equals(request.customerId(), current.customerId())) {
                    return Mono.error(new ValidationFailedException("customerId",
                            "cannot change: a measurement set stays with its customer"));
                }
                if (current.version() != request.version()) {
                    return Mono.error(new ConflictException(
                            "Someone else changed this measurement set meanwhile; reload it and try again.",
                            Map.of("currentVersion", current.version())));
                }
                return activeCustomer(current.customerId())
                    .then(user())
                    .flatMap(user -> this.measurements.update(current, request.version(), details, user));
            });
        }).map(record -> MeasurementView.of(record, null));
    }

    public Mono<List<MeasurementVersionView>> history(UUID id, LengthUnit unit) {
        return find(id).thenMany(this.measurements.history(id))
            .map(version -> MeasurementVersionView.of(version, unit))
            .collectList();
    }

    /** Parses {@code ?unit=}; absent means "as recorded". */
    static LengthUnit requestedUnit(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        return LengthUnit.parse(unit).orElseThrow(() -> new ValidationFailedException("unit", "must be CM or IN"));
    }

    private Mono<MeasurementRecord> find(UUID id) {
        return this.measurements.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id)));
    }

    private Mono<Void> activeCustomer(UUID customerId) {
        return this.customers.isActive(customerId)
            .switchIfEmpty(Mono.error(() -> new NotFoundException("customer", customerId)))
            .flatMap(active -> active ? Mono.<Void>empty()
                    : Mono.error(new ConflictException("The customer is archived; their measurements can be read but"
                            + " not added to or changed.", Map.of("customerId", customerId.toString()))));
    }

    private static Mono<String> user() {
        return CurrentUser.name().switchIfEmpty(Mono.error(() -> new IllegalStateException("no authenticated user")));
    }

    private static Mono<MeasurementDetails> details(MeasurementRequest request) {
        return Mono.fromCallable(() -> MeasurementDetails.of(request.input()))
            .onErrorMap(InvalidInput.class, invalid -> new ValidationFailedException(invalid.violations().stream()
                .map(violation -> new FieldProblem(violation.field(), violation.message()))
                .toList()));
    }

}
