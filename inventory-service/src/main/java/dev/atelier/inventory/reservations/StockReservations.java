package dev.atelier.inventory.reservations;

import dev.atelier.inventory.changes.StockLedger;
import dev.atelier.inventory.changes.domain.StockChangeReason;
import dev.atelier.inventory.items.domain.InventoryItem;
import dev.atelier.inventory.items.domain.StockLevel;
import dev.atelier.inventory.items.persistence.InventoryItemRepository;
import dev.atelier.inventory.reservations.domain.ItemShortage;
import dev.atelier.inventory.reservations.domain.OrderReservationStatus;
import dev.atelier.inventory.reservations.domain.ReservationDiff;
import dev.atelier.inventory.reservations.persistence.OrderReservationState;
import dev.atelier.inventory.reservations.persistence.ReservationRepository;
import dev.atelier.platform.event.ReservationStatus;
import dev.atelier.platform.event.Shortage;
import dev.atelier.platform.event.StockReservationUpdated;
import dev.atelier.platform.observability.AfterCommit;
import dev.atelier.platform.outbox.Outbox;
import dev.atelier.platform.sql.BeforeCommit;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Stock held for orders, driven by order events. Each call joins the consumer's transaction (which also
 * records the event id, and for a poll holds many events): it locks the order's header, then the items'
 * rows in id order, plans the move in the domain and answers with {@code stock.reservation-updated}. The
 * locks are taken once per transaction and what the events change is kept in the transaction's
 * {@link ReservationWork}, so a later event of the same poll plans against what the earlier ones left; the
 * writes (stock, change log, lines, headers, events) go to the database together just before the commit.
 * A poll's transaction keeps the rows locked until its end, so every statement here is time another
 * consumer thread may wait for a popular item.
 */
@Service
public class StockReservations {

    /** The key of a transaction's {@link ReservationWork}. */
    private static final Object WORK = new Object();

    private final ReservationRepository reservations;
    private final InventoryItemRepository items;
    private final StockLedger ledger;
    private final Outbox outbox;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final MeterRegistry meters;

    public StockReservations(ReservationRepository reservations, InventoryItemRepository items, StockLedger ledger,
            Outbox outbox, TransactionalOperator transactions, Clock clock, MeterRegistry meters) {
        this.meters = meters;
        this.reservations = reservations;
        this.items = items;
        this.ledger = ledger;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Moves the order's reservation to exactly {@code lines}, all or nothing. A version the order has
     * already applied or passed, or an order already released or consumed, changes nothing.
     */
    public Mono<OrderReservationStatus> reserve(UUID orderId, long itemListVersion, Collection<ReservationDiff.Line> lines,
            String by) {
        return work().flatMap(work -> {
            Instant now = now();
            return lockOrder(work, orderId).flatMap(order -> {
                if (order.status() != null && (order.status().isFinal() || itemListVersion <= order.itemListVersion())) {
                    return Mono.<OrderReservationStatus>empty();
                }
                ReservationDiff diff = ReservationDiff.between(order.held(), lines);
                return lockItems(work, diff.items()).flatMap(locked -> {
                    ReservationDiff.Plan plan = diff.plan(levels(locked));
                    if (plan.isShort()) {
                        work.orderSet(orderId, itemListVersion, OrderReservationStatus.SHORT, Map.of(), now);
                        return answer(work, orderId, itemListVersion, ReservationStatus.SHORT, plan.shortages(), now)
                                .thenReturn(OrderReservationStatus.SHORT);
                    }
                    List<StockLedger.Move> moves = plan.moves().stream()
                            .map(move -> new StockLedger.Move(locked.get(move.itemId()), move.after(), move.reason()))
                            .toList();
                    Map<UUID, BigDecimal> heldAfter = new LinkedHashMap<>();
                    plan.moves().forEach(move -> heldAfter.put(move.itemId(), move.held()));
                    work.moved(moves, ledger.stage(moves, orderId, null, by));
                    work.orderSet(orderId, itemListVersion, OrderReservationStatus.RESERVED, heldAfter, now);
                    return answer(work, orderId, itemListVersion, ReservationStatus.RESERVED, List.of(), now)
                            .thenReturn(OrderReservationStatus.RESERVED);
                });
            });
        }).as(transactions::transactional);
    }

    /** The order was cancelled: gives back everything held for it and answers RELEASED (once). */
    public Mono<Void> release(UUID orderId, long itemListVersion, String by) {
        return finish(orderId, itemListVersion, OrderReservationStatus.RELEASED, StockChangeReason.RELEASED,
                StockLevel::release, by);
    }

    /** The order was completed: what it holds leaves stock for good (CONSUMED rows, no reservation answer). */
    public Mono<Void> consume(UUID orderId, long itemListVersion, String by) {
        return finish(orderId, itemListVersion, OrderReservationStatus.CONSUMED, StockChangeReason.CONSUMED,
                StockLevel::consume, by);
    }

    private Mono<Void> finish(UUID orderId, long itemListVersion, OrderReservationStatus status, StockChangeReason reason,
            BiFunction<StockLevel, BigDecimal, StockLevel> move, String by) {
        return work().flatMap(work -> {
            Instant now = now();
            return lockOrder(work, orderId).flatMap(order -> {
                if (order.status() != null && order.status().isFinal()) {
                    return Mono.empty();
                }
                long version = Math.max(itemListVersion, order.itemListVersion());
                return lockItems(work, order.held().keySet()).flatMap(locked -> {
                    List<StockLedger.Move> moves = new ArrayList<>();
                    Map<UUID, BigDecimal> emptied = new LinkedHashMap<>();
                    new TreeMap<>(order.held()).forEach((itemId, quantity) -> {
                        InventoryItem item = locked.get(itemId);
                        if (item != null) {
                            moves.add(new StockLedger.Move(item, move.apply(item.stock(), quantity), reason));
                            emptied.put(itemId, BigDecimal.ZERO);
                        }
                    });
                    work.moved(moves, ledger.stage(moves, orderId, null, by));
                    work.orderSet(orderId, version, status, emptied, now);
                    return status == OrderReservationStatus.RELEASED
                            ? answer(work, orderId, version, ReservationStatus.RELEASED, List.of(), now)
                            : Mono.empty();
                });
            });
        }).then().as(transactions::transactional);
    }

    /** This transaction's work, written by {@link #write} just before it commits. */
    private Mono<ReservationWork> work() {
        return BeforeCommit.buffer(WORK, ReservationWork.class, ReservationWork::new, this::write);
    }

    private Mono<Void> write(ReservationWork work) {
        return ledger.write(work.stockChanges())
                .then(reservations.setLines(work.lines()))
                .then(reservations.updateOrders(work.headers()))
                .then(outbox.appendAll(work.answers()));
    }

    /**
     * Locks the orders that a poll's events are for, in one statement (their lines in one more, for those that hold
     * something), before any of them is applied: each event then finds its order in this transaction's work. Runs
     * in the caller's transaction (the consumer's), which holds the locks.
     */
    public Mono<Void> lockOrders(Collection<UUID> orderIds) {
        return work().flatMap(work -> lockOrders(work, orderIds));
    }

    private Mono<Void> lockOrders(ReservationWork work, Collection<UUID> orderIds) {
        Set<UUID> missing = new TreeSet<>(orderIds);
        missing.removeIf(id -> work.order(id) != null);
        if (missing.isEmpty()) {
            return Mono.empty();
        }
        return reservations.lockOrders(missing, now()).collectList().flatMap(states -> {
            List<UUID> holding = states.stream().filter(state -> !state.isNew()).map(OrderReservationState::orderId)
                    .toList();
            return (holding.isEmpty() ? Mono.just(Map.<UUID, Map<UUID, BigDecimal>>of())
                    : reservations.heldLines(holding))
                    .doOnNext(held -> states.forEach(state -> work.lockedOrder(state.orderId(),
                            new ReservationWork.OrderView(state.itemListVersion(), state.status(),
                                    held.getOrDefault(state.orderId(), Map.of())))));
        }).then();
    }

    /**
     * The order as this transaction left it; the first time (an event whose poll did not lock it first), its header
     * is locked (created if new) and its lines read. One that no event has reached yet holds nothing.
     */
    private Mono<ReservationWork.OrderView> lockOrder(ReservationWork work, UUID orderId) {
        return lockOrders(work, List.of(orderId)).then(Mono.fromSupplier(() -> work.order(orderId)));
    }

    /** The items as this transaction left them, locking (in id order) those it has not locked yet. */
    private Mono<Map<UUID, InventoryItem>> lockItems(ReservationWork work, Collection<UUID> ids) {
        Set<UUID> missing = work.notLocked(ids);
        Mono<Void> lock = missing.isEmpty() ? Mono.empty() : items.lockByIds(missing).collectList().doOnNext(work::lockedItems).then();
        return lock.then(Mono.fromSupplier(() -> work.items(ids)));
    }

    private static Map<UUID, StockLevel> levels(Map<UUID, InventoryItem> locked) {
        return locked.values().stream().collect(Collectors.toMap(InventoryItem::id, InventoryItem::stock));
    }

    private Mono<Void> answer(ReservationWork work, UUID orderId, long version, ReservationStatus status,
            List<ItemShortage> shortages, Instant at) {
        List<Shortage> published = shortages.stream()
                .map(s -> new Shortage(s.itemId(), s.requested(), s.available()))
                .toList();
        work.answer(new StockReservationUpdated(orderId, version, status, published, at));
        return AfterCommit.run(() -> meters.counter("atelier.reservations", "status", status.name()).increment());
    }

    private Instant now() {
        return clock.instant();
    }

    /** For tests and operators: what the order holds now. */
    public Mono<Map<UUID, BigDecimal>> held(UUID orderId) {
        return reservations.heldLines(orderId);
    }
}
