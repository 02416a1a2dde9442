package dev.atelier.customer.customers;

import dev.atelier.customer.customers.domain.Customer;
import dev.atelier.customer.customers.domain.CustomerDetails;
import dev.atelier.customer.customers.domain.CustomerFilter;
import dev.atelier.customer.customers.persistence.CustomerRepository;
import dev.atelier.platform.domain.Ids;
import dev.atelier.platform.error.ConflictException;
import dev.atelier.platform.error.NotFoundException;
import dev.atelier.platform.error.ValidationFailedException;
import dev.atelier.platform.event.CustomerChanged;
import dev.atelier.platform.outbox.Outbox;
import dev.atelier.platform.security.CurrentUser;
import dev.atelier.platform.text.StorableText;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The customer use cases. The web layer validates the details first, so bad input never reaches the database.
 * Each write appends {@code customer.changed} (ids only) to the outbox in its transaction, so a refused or
 * failed write publishes nothing.
 */
@Service
public class Customers {

    /** The most customers one list call may name by id. */
    public static final int MAX_IDS = 100;

    private static final String RESOURCE = "customer";

    private static final String EMAIL_INDEX = "customer_active_email_key";

    private final CustomerRepository customers;

    private final Outbox outbox;

    private final TransactionalOperator transactions;

    private final Clock clock;

    public Customers(CustomerRepository customers, Outbox outbox, TransactionalOperator transactions, Clock clock) {
        this.customers = customers;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A change a client asks for: the new details and the version of the customer it last read. */
    public record Revision(CustomerDetails details, long version) {
    }

    public Mono<Customer> create(CustomerDetails details) {
        return this.customers.insert(Ids.newId(), details)
            .flatMap(created -> published(created, CustomerChanged.CREATED))
            .as(this.transactions::transactional)
            .onErrorMap(DataIntegrityViolationException.class, Customers::duplicateEmail);
    }

    public Mono<Customer> get(UUID id) {
        return this.customers.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id)));
    }

    public Mono<PageResponse<Customer>> list(CustomerFilter filter, PageQuery page) {
        String unsearchable = StorableText.problem(filter.query());
        if (unsearchable != null) {
            // PostgreSQL cannot compare text holding NUL: it would answer 500
            return Mono.error(new ValidationFailedException("q", unsearchable));
        }
        if (filter.ids() != null && filter.ids().size() > MAX_IDS) {
            return Mono.error(new ValidationFailedException("id", "at most " + MAX_IDS + " ids in one call"));
        }
        return PageResponse.of(this.customers.find(filter, page), this.customers.count(filter), page);
    }

    /**
     * PUT and PATCH, with one read: {@code revise} turns the current customer into the change the
     * client asks for (a PATCH merges over it; its refusals pass through).
     */
    public Mono<Customer> update(UUID id, Function<Customer, Revision> revise) {
        return get(id).flatMap(current -> {
            Revision revision = revise.apply(current);
            checkUpdatable(current, revision.version());
            return this.customers.update(current.with(revision.details()))
                .flatMap(updated -> published(updated, CustomerChanged.UPDATED));
        }).as(this.transactions::transactional).onErrorMap(DataIntegrityViolationException.class, Customers::duplicateEmail);
    }

    /** Archiving twice changes nothing the second time. */
    public Mono<Void> archive(UUID id) {
        return get(id).filter(customer -> !customer.archived())
            .flatMap(customer -> CurrentUser.name().defaultIfEmpty("unknown")
                .flatMap(user -> this.customers.update(customer.archive(this.clock.instant(), user))))
            .flatMap(archived -> published(archived, CustomerChanged.ARCHIVED))
            .as(this.transactions::transactional)
            .then();
    }

    /**
     * Appends {@code MEASUREMENTS_CHANGED} for the customer of a measurement set recorded or replaced; call it
     * in the transaction of that write. The customer's version is the one just read: measurements do not change it.
     */
    public Mono<Void> measurementsChanged(Customer customer, UUID measurementId) {
        return this.outbox.append(changed(customer, CustomerChanged.MEASUREMENTS_CHANGED, measurementId));
    }

    /** Whether the customer is not archived; empty when there is no such customer. */
    public Mono<Boolean> isActive(UUID id) {
        return this.customers.isActive(id);
    }

    private Mono<Customer> published(Customer customer, String change) {
        return this.outbox.append(changed(customer, change, null)).thenReturn(customer);
    }

    /** Ids and the version only: every designer and other shop systems read the topic, so no personal data. */
    private CustomerChanged changed(Customer customer, String change, @Nullable UUID measurementId) {
        return new CustomerChanged(customer.id(), change, customer.version(), measurementId, this.clock.instant());
    }

    private static void checkUpdatable(Customer customer, long version) {
        if (customer.archived()) {
            throw new ConflictException("This customer is archived and can no longer be changed.");
        }
        // The repository's versioned UPDATE guards against a race after this check as well.
        if (customer.version() != version) {
            throw new ConflictException("Someone else changed this customer meanwhile; reload it and try again.",
                    Map.of("currentVersion", customer.version()));
        }
    }

    private static Throwable duplicateEmail(DataIntegrityViolationException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(EMAIL_INDEX)) {
                return new ConflictException("Another active customer already has this e-mail address.",
                        Map.of("field", "email"));
            }
        }
        return ex;
    }

}
