package dev.atelier.order.orders;

import dev.atelier.order.customers.CustomerDirectory;
import dev.atelier.order.orders.domain.IllegalStatusMoveException;
import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.OrderFilter;
import dev.atelier.order.orders.domain.OrderStatus;
import dev.atelier.order.orders.domain.StatusChange;
import dev.atelier.order.orders.persistence.OrderRepository;
import dev.atelier.order.orders.persistence.StatusChangeRepository;
import dev.atelier.platform.domain.Ids;
import dev.atelier.platform.error.ConflictException;
import dev.atelier.platform.error.NotFoundException;
import dev.atelier.platform.observability.AfterCommit;
import dev.atelier.platform.outbox.Outbox;
import dev.atelier.platform.security.CurrentUser;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The order use cases: each write is one transaction. */
@Service
public class Orders {

    public static final String RESOURCE = "order";

    /**
     * How far a list reaches: pages end at this many orders and the total counts up to it
     * (measured in docs/order-list-performance.md). Narrower filters reach everything.
     */
    public static final int MAX_LISTED = 10_000;

    private final OrderRepository orders;
    private final StatusChangeRepository timeline;
    private final Outbox outbox;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final CustomerDirectory customers;
    private final MeterRegistry meters;

    public Orders(OrderRepository orders, StatusChangeRepository timeline, Outbox outbox,
            TransactionalOperator transactions, Clock clock, CustomerDirectory customers, MeterRegistry meters) {
        this.meters = meters;
        this.customers = customers;
        this.outbox = outbox;
        this.orders = orders;
        this.timeline = timeline;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Stores a new PENDING order with all its items, its first timeline row and its
     * {@code order.created} event (for inventory to reserve the stock) in one transaction, or nothing.
     * customer-service is asked first: the customer must be active, and a linked measurement set
     * theirs (it is copied into the order). customer-service down: 503, nothing stored.
     */
    public Mono<Order> create(Order.Terms terms) {
        return CurrentUser.name().flatMap(user -> {
            // PostgreSQL keeps microseconds; the answer must equal a later read.
            Instant now = now();
            // The order's own rules first, so bad input is a 400 even while customer-service is down.
            Order checked = Order.create(terms, now, clock.getZone(), user);
            return customers.requireActive(terms.customerId())
                    .then(terms.measurementId() == null ? Mono.just(checked)
                            : customers.copyMeasurement(terms.measurementId(), terms.customerId(), now)
                                    .map(checked::withMeasurementCopy))
                    .flatMap(order -> store(order, now, user));
        });
    }

    private Mono<Order> store(Order order, Instant now, String user) {
        return orders.insert(order, new StatusChange(Ids.newId(), order.id(), null, order.status(), now, user, null))
                .then(outbox.append(OrderEvents.created(order)))
                // "placed", not "created": Prometheus reserves a counter's _created suffix.
                .then(AfterCommit.run(() -> meters.counter("atelier.orders.placed").increment()))
                .thenReturn(order)
                .as(transactions::transactional);
    }

    /**
     * Moves the order to {@code target} under its row lock, with a timeline row and its event,
     * or changes nothing: an illegal move fails with {@link IllegalStatusMoveException}.
     */
    public Mono<Order> changeStatus(UUID id, OrderStatus target, String note) {
        return CurrentUser.name().flatMap(user -> orders.lockById(id)
                .switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id)))
                .flatMap(current -> {
                    Instant now = now();
                    Order moved = current.moveTo(target, now, user);
                    return orders.updateStatus(moved, current.audit().version())
                            .flatMap(updated -> updated == 0
                                    ? Mono.error(new ConflictException("the order changed meanwhile; read it again"))
                                    : timeline.insert(new StatusChange(Ids.newId(), id, current.status(),
                                            moved.status(), now, user, note)))
                            .then(outbox.append(OrderEvents.moved(current.status(), moved)))
                            .then(AfterCommit.run(() -> meters.counter("atelier.orders.status.changes",
                                    "to", moved.status().name()).increment()))
                            .thenReturn(moved);
                })
                .as(transactions::transactional));
    }

    public Flux<StatusChange> timeline(UUID id) {
        return require(id).thenMany(timeline.findByOrder(id));
    }

    /** Completes if the order exists, else a 404 for it: for reading what belongs to it, without reading it. */
    public Mono<Void> require(UUID id) {
        return orders.exists(id).flatMap(exists -> exists ? Mono.<Void>empty()
                : Mono.error(new NotFoundException(RESOURCE, id)));
    }

    /** PostgreSQL keeps microseconds; an answer must equal a later read. */
    private Instant now() {
        return clock.instant();
    }

    public Mono<Order> get(UUID id) {
        return orders.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id)));
    }

    public Mono<PageResponse<Order>> list(OrderFilter filter, PageQuery page) {
        return PageResponse.of(orders.find(filter, page), orders.count(filter, MAX_LISTED), page);
    }
}
