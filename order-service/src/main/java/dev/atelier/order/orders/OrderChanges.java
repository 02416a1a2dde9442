package dev.atelier.order.orders;

import dev.atelier.order.customers.CustomerDirectory;
import dev.atelier.order.orders.domain.MeasurementSnapshot;
import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.OrderItem;
import dev.atelier.order.orders.domain.PlacedItem;
import dev.atelier.order.orders.persistence.OrderRepository;
import dev.atelier.order.orders.persistence.OrderRevisionRepository;
import dev.atelier.platform.error.ConflictException;
import dev.atelier.platform.error.NotFoundException;
import dev.atelier.platform.outbox.Outbox;
import dev.atelier.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Changes to an order after creation: its terms (PUT/PATCH), its items, its deletion, each checked
 * by the {@link Order} aggregate and written in one transaction guarded by the order's version
 * (item changes and deletion under the order's row lock too, as they may come without a version).
 * An item change writes {@code order.items-changed} (the whole stock-tracked list and its new
 * version) and a delete {@code order.cancelled} (inventory releases the stock) to the outbox in
 * that transaction.
 */
@Service
public class OrderChanges {

    private final OrderRepository orders;
    private final OrderRevisionRepository revisions;
    private final CustomerDirectory customers;
    private final Outbox outbox;
    private final TransactionalOperator transactions;
    private final Clock clock;

    public OrderChanges(OrderRepository orders, OrderRevisionRepository revisions, CustomerDirectory customers,
            Outbox outbox, TransactionalOperator transactions, Clock clock) {
        this.orders = orders;
        this.revisions = revisions;
        this.customers = customers;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a PUT or PATCH asks for: the new terms and the version of the order the client last read. */
    public record TermsRevision(Order.Terms terms, long version) {
    }

    /**
     * Replaces the order's terms, reading the order once: {@code revise} turns it into what the
     * client asks for (a PATCH merges over it; its refusals pass through). A newly linked measurement
     * set is copied from customer-service first, outside the transaction, so the write is guarded by
     * the version read: a change meanwhile is a 409, as under a lock.
     */
    public Mono<Order> reviseTerms(UUID id, Function<Order, TermsRevision> revise) {
        return CurrentUser.name().flatMap(user -> get(id).flatMap(current -> {
            TermsRevision revision = revise.apply(current);
            checkVersion(current, revision.version());
            Mono<Optional<MeasurementSnapshot>> copy = current.needsMeasurementCopy(revision.terms())
                    ? customers.copyMeasurement(revision.terms().measurementId(), current.customerId(), now())
                            .map(Optional::of)
                    : Mono.just(Optional.empty());
            // Any other measurement change is refused by the rules before the (absent) copy is used.
            return copy.flatMap(measurement -> {
                Order revised = current.revise(revision.terms(), measurement.orElse(null), now(), clock.getZone(),
                        user);
                return revised == current ? Mono.just(current) : write(current, revised).as(transactions::transactional);
            });
        }));
    }

    public Mono<Order> addItem(UUID orderId, OrderItem item, Long expectedVersion) {
        return change(lock(orderId), expectedVersion, order -> (current, now, user) -> current.addItem(item, now, user));
    }

    /**
     * Replaces an item by {@code content}, which gets the item's order id (a body may name it): the
     * body's own checks come before the version's, as for any request.
     */
    public Mono<Order> replaceItem(UUID itemId, Long expectedVersion, Function<UUID, OrderItem> content) {
        return change(lockOwnerOf(itemId), expectedVersion, order -> {
            OrderItem replacement = content.apply(order.id());
            return (current, now, user) -> {
                requireItem(current, itemId);
                return current.changeItem(itemId, replacement, now, user);
            };
        });
    }

    /**
     * Merges a change into an item as it is under the order's lock, so two patches cannot both start
     * from the same old item: {@code merge} gets the order's id and the locked item and returns its
     * new content.
     */
    public Mono<Order> patchItem(UUID itemId, long expectedVersion, BiFunction<UUID, OrderItem, OrderItem> merge) {
        return change(lockOwnerOf(itemId), expectedVersion, order -> (current, now, user) -> current.changeItem(
                itemId, merge.apply(current.id(), requireItem(current, itemId)), now, user));
    }

    public Mono<Order> removeItem(UUID itemId, Long expectedVersion) {
        return change(lockOwnerOf(itemId), expectedVersion, order -> (current, now, user) -> {
            requireItem(current, itemId);
            return current.removeItem(itemId, now, user);
        });
    }

    /** Deletes a PENDING order with nothing paid; inventory learns through {@code order.cancelled}. */
    public Mono<Void> delete(UUID id, Long expectedVersion) {
        return lock(id)
                .flatMap(order -> {
                    checkVersion(order, expectedVersion);
                    order.checkDeletable();
                    return revisions.delete(id, order.audit().version())
                            .flatMap(deleted -> deleted == 0 ? Mono.error(stale(order.audit().version()))
                                    : outbox.append(OrderEvents.cancelled(order, order.status(), now())));
                })
                .as(transactions::transactional);
    }

    /**
     * Under the lock of the order that {@code locked} reads (once): {@code prepare} runs the request's
     * own checks and returns the revision, then the version is checked, the revision applied and what
     * changed written with its event, in one transaction.
     */
    private Mono<Order> change(Mono<Order> locked, Long expectedVersion, Function<Order, Revision> prepare) {
        return CurrentUser.name().flatMap(user -> locked
                .flatMap(current -> {
                    Revision revise = prepare.apply(current);
                    checkVersion(current, expectedVersion);
                    Order revised = revise.apply(current, now(), user);
                    return revised == current ? Mono.just(current) : write(current, revised);
                })
                .as(transactions::transactional));
    }

    private Mono<Order> lock(UUID id) {
        return orders.lockById(id).switchIfEmpty(Mono.error(() -> new NotFoundException(Orders.RESOURCE, id)));
    }

    /** The order holding the item, locked; no such item is a 404 for the item. */
    private Mono<Order> lockOwnerOf(UUID itemId) {
        return orders.lockByItemId(itemId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException(OrderItems.RESOURCE, itemId)));
    }

    /**
     * Writes the revised order if the row still has the version it was computed from; a changed item
     * list replaces the item rows and tells inventory. The caller runs it in a transaction.
     */
    private Mono<Order> write(Order current, Order revised) {
        boolean itemsChanged = revised.reservation().itemListVersion() != current.reservation().itemListVersion();
        return revisions.updateTerms(revised, current.audit().version())
                .flatMap(updated -> updated == 0 ? staleOrGone(current.id())
                        : itemsChanged ? revisions.replaceItems(current.id(), revised.items())
                                .then(outbox.append(OrderEvents.itemsChanged(revised)))
                                : Mono.empty())
                .thenReturn(revised);
    }

    /** The order changed (or went) since it was read: 409 naming its version now, or 404. */
    private <T> Mono<T> staleOrGone(UUID id) {
        return get(id).flatMap(order -> Mono.error(stale(order.audit().version())));
    }

    private Mono<Order> get(UUID id) {
        return orders.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException(Orders.RESOURCE, id)));
    }

    private static void checkVersion(Order order, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != order.audit().version()) {
            throw stale(order.audit().version());
        }
    }

    private static OrderItem requireItem(Order order, UUID itemId) {
        return order.placed(itemId).map(PlacedItem::item)
                .orElseThrow(() -> new NotFoundException(OrderItems.RESOURCE, itemId));
    }

    private static ConflictException stale(long currentVersion) {
        return new ConflictException("Someone else changed this order meanwhile; read it again and retry.",
                Map.of("currentVersion", currentVersion));
    }

    /** PostgreSQL keeps microseconds; an answer must equal a later read. */
    private Instant now() {
        return clock.instant();
    }

    /** One change computed by the domain from the locked order. */
    @FunctionalInterface
    private interface Revision {
        Order apply(Order current, Instant now, String user);
    }
}
