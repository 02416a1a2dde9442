package dev.atelier.customer.customers.api;

import dev.atelier.customer.common.InvalidInput;
import dev.atelier.customer.customers.domain.CustomerDetails;
import dev.atelier.customer.customers.persistence.CustomerRepository;
import dev.atelier.customer.customers.persistence.CustomerRow;
import dev.atelier.customer.customers.persistence.CustomerSearch;
import dev.atelier.platform.error.ConflictException;
import dev.atelier.platform.error.FieldProblem;
import dev.atelier.platform.error.NotFoundException;
import dev.atelier.platform.error.ValidationFailedException;
import dev.atelier.platform.security.CurrentUser;
import dev.atelier.platform.text.StorableText;
import dev.atelier.platform.web.JsonMergePatch;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** The customer use cases: each validates first, so bad input never reaches the database. */
@Service
public class CustomerService {

    static final String RESOURCE = "customer";

    private static final String EMAIL_INDEX = "customer_active_email_key";

    private final CustomerRepository customers;

    private final CustomerSearch search;

    private final Clock clock;

    private final JsonMergePatch mergePatch;

    public CustomerService(CustomerRepository customers, CustomerSearch search, JsonMergePatch mergePatch, Clock clock) {
        this.clock = clock;
        this.customers = customers;
        this.search = search;
        this.mergePatch = mergePatch;
    }

    public Mono<CustomerView> create(CustomerRequest request) {
        return details(request).flatMap(details -> {
            CustomerRow row = new CustomerRow();
            row.setId(UUID.randomUUID());
            apply(details, row);
            return save(row);
        });
    }

    public Mono<CustomerView> get(UUID id) {
        return find(id).map(CustomerView::of);
    }

    /** The most customers one list call may name by id. */
    public static final int MAX_IDS = 100;

    /** {@code ids}: only these customers (null or empty: any). */
    public Mono<PageResponse<CustomerView>> list(String query, boolean includeArchived, List<UUID> ids, PageQuery page) {
        String unsearchable = StorableText.problem(query);
        if (unsearchable != null) {
            // PostgreSQL cannot compare text holding NUL: it would answer 500
            return Mono.error(new ValidationFailedException("q", unsearchable));
        }
        if (ids != null && ids.size() > MAX_IDS) {
            return Mono.error(new ValidationFailedException("id", "at most " + MAX_IDS + " ids in one call"));
        }
        CustomerSearch.Criteria criteria = new CustomerSearch.Criteria(query, includeArchived, ids);
        return PageResponse.of(this.search.find(criteria, page).map(CustomerView::of), this.search.count(criteria), page);
    }

    /** PUT: every field as given; absent optional fields become empty. */
    public Mono<CustomerView> replace(UUID id, CustomerRequest request) {
        return details(request).zipWith(requiredVersion(request.version()))
            .flatMap(detailsAndVersion -> find(id).flatMap(row -> {
                checkUpdatable(row, detailsAndVersion.getT2());
                apply(detailsAndVersion.getT1(), row);
                return save(row);
            }));
    }

    /** PATCH with a JSON merge patch (RFC 7396) over the request shape, then the same rules as PUT. */
    public Mono<CustomerView> patch(UUID id, JsonNode patch) {
        return find(id).flatMap(row -> {
            CustomerView current = CustomerView.of(row);
            CustomerRequest currentRequest = new CustomerRequest(current.name(), current.email(), current.phone(),
                    current.address(), current.notes(), null);
            CustomerRequest patched = this.mergePatch.apply(currentRequest, patch, CustomerRequest.class);
            return details(patched).zipWith(requiredVersion(patched.version())).flatMap(detailsAndVersion -> {
                checkUpdatable(row, detailsAndVersion.getT2());
                apply(detailsAndVersion.getT1(), row);
                return save(row);
            });
        });
    }

    /** Archiving twice changes nothing the second time. */
    public Mono<Void> archive(UUID id) {
        return find(id).filter(row -> !row.isArchived())
            .flatMap(row -> CurrentUser.name().defaultIfEmpty("unknown").flatMap(user -> {
                row.setArchived(true);
                row.setArchivedAt(this.clock.instant());
                row.setArchivedBy(user);
                return this.customers.save(row);
            }))
            .then();
    }

    public Mono<CustomerExistence> exists(UUID id) {
        return this.search.isActive(id)
            .map(active -> new CustomerExistence(id, true, !active))
            .defaultIfEmpty(new CustomerExistence(id, false, false));
    }

    private Mono<CustomerRow> find(UUID id) {
        return this.customers.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id)));
    }

    private static Mono<CustomerDetails> details(CustomerRequest request) {
        return Mono.fromCallable(() -> CustomerDetails.of(request.input()))
            .onErrorMap(InvalidInput.class, CustomerService::validationFailed);
    }

    private static Mono<Long> requiredVersion(Long version) {
        return (version != null) ? Mono.just(version)
                : Mono.error(new ValidationFailedException("version",
                        "is required: the version of the customer you last read"));
    }

    private static void checkUpdatable(CustomerRow row, long version) {
        if (row.isArchived()) {
            throw new ConflictException("This customer is archived and can no longer be changed.");
        }
        // The repository's versioned UPDATE guards against a race after this check as well.
        if (row.getVersion() != version) {
            throw new ConflictException("Someone else changed this customer meanwhile; reload it and try again.",
                    Map.of("currentVersion", row.getVersion()));
        }
    }

    private static void apply(CustomerDetails details, CustomerRow row) {
        row.setName(details.name());
        row.setEmail(details.email());
        row.setPhone(details.phone());
        row.setStreet(details.address().street());
        row.setCity(details.address().city());
        row.setPostalCode(details.address().postalCode());
        row.setCountry(details.address().country());
        row.setNotes(details.notes());
    }

    private Mono<CustomerView> save(CustomerRow row) {
        return this.customers.save(row)
            .map(CustomerView::of)
            .onErrorMap(DataIntegrityViolationException.class, ex -> isDuplicateEmail(ex)
                    ? new ConflictException("Another active customer already has this e-mail address.",
                            Map.of("field", "email"))
                    : ex);
    }

    private static boolean isDuplicateEmail(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(EMAIL_INDEX)) {
                return true;
            }
        }
        return false;
    }

    static ValidationFailedException validationFailed(InvalidInput invalid) {
        return new ValidationFailedException(invalid.violations().stream()
            .map(violation -> new FieldProblem(violation.field(), violation.message()))
            .toList());
    }

}
