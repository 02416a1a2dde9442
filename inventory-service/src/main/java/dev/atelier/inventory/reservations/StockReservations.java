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
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Stock held for orders, driven by order events. Each call is one transaction (joining the
 * consumer's, which also records the event id): it locks the order's header, then the items' rows
 * in id order, moves stock through the {@link StockLedger} and answers with
 * {@code stock.reservation-updated} through the outbox. Each step is one statement for all of the
 * order's items: a poll's transaction keeps the rows locked until its last event, so every
 * statement here is time another consumer thread may wait for a popular item.
 */
@Service
public class StockReservations {

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
        return Mono.defer(() -> {
            Instant now = now();
            return reservations.lockOrder(orderId, now).flatMap(state -> {
                if (state.status() != null && (state.status().isFinal() || itemListVersion <= state.itemListVersion())) {
                    return Mono.<OrderReservationStatus>empty();
                }
                return heldLines(state).flatMap(held -> {
                    ReservationDiff diff = ReservationDiff.between(held, lines);
                    return lockItems(diff.items()).flatMap(locked -> {
                        ReservationDiff.Plan plan = diff.plan(levels(locked));
                        if (plan.isShort()) {
                            return reservations.updateOrder(orderId, itemListVersion, OrderReservationStatus.SHORT, now)
                                    .then(answer(orderId, itemListVersion, ReservationStatus.SHORT, plan.shortages(), now))
                                    .thenReturn(OrderReservationStatus.SHORT);
                        }
                        List<StockLedger.Move> moves = plan.moves().stream()
                                .map(move -> new StockLedger.Move(locked.get(move.itemId()), move.after(), move.reason()))
                                .toList();
                        Map<UUID, BigDecimal> heldAfter = new LinkedHashMap<>();
                        plan.moves().forEach(move -> heldAfter.put(move.itemId(), move.held()));
                        return ledger.record(moves, orderId, null, by)
                                .then(reservations.setLines(orderId, heldAfter))
                                .then(reservations.updateOrder(orderId, itemListVersion, OrderReservationStatus.RESERVED, now))
                                .then(answer(orderId, itemListVersion, ReservationStatus.RESERVED, List.of(), now))
                                .thenReturn(OrderReservationStatus.RESERVED);
                    });
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
        return Mono.defer(() -> {
            Instant now = now();
            return reservations.lockOrder(orderId, now).flatMap(state -> {
                if (state.status() != null && state.status().isFinal()) {
                    return Mono.empty();
                }
                long version = Math.max(itemListVersion, state.itemListVersion());
                return heldLines(state).flatMap(held -> lockItems(held.keySet()).flatMap(locked -> {
                    List<StockLedger.Move> moves = new ArrayList<>();
                    Map<UUID, BigDecimal> emptied = new LinkedHashMap<>();
                    new TreeMap<>(held).forEach((itemId, quantity) -> {
                        InventoryItem item = locked.get(itemId);
                        if (item != null) {
                            moves.add(new StockLedger.Move(item, move.apply(item.stock(), quantity), reason));
                            emptied.put(itemId, BigDecimal.ZERO);
                        }
                    });
                    return ledger.record(moves, orderId, null, by)
                            .then(reservations.setLines(orderId, emptied))
                            .then(reservations.updateOrder(orderId, version, status, now))
                            .then(status == OrderReservationStatus.RELEASED
                                    ? answer(orderId, version, ReservationStatus.RELEASED, List.of(), now)
                                    : Mono.empty());
                }));
            });
        }).then().as(transactions::transactional);
    }

    /** What the order holds now; one that no event has reached yet holds nothing, so there is nothing to read. */
    private Mono<Map<UUID, BigDecimal>> heldLines(OrderReservationState state) {
        return state.isNew() ? Mono.just(Map.of()) : reservations.heldLines(state.orderId());
    }

    private Mono<Map<UUID, InventoryItem>> lockItems(Collection<UUID> ids) {
        return items.lockByIds(ids).collectMap(InventoryItem::id);
    }

    private static Map<UUID, StockLevel> levels(Map<UUID, InventoryItem> locked) {
        return locked.values().stream().collect(Collectors.toMap(InventoryItem::id, InventoryItem::stock));
    }

    private Mono<Void> answer(UUID orderId, long version, ReservationStatus status, List<ItemShortage> shortages,
            Instant at) {
        List<Shortage> published = shortages.stream()
                .map(s -> new Shortage(s.itemId(), s.requested(), s.available()))
                .toList();
        return outbox.append(new StockReservationUpdated(orderId, version, status, published, at))
                .then(AfterCommit.run(() -> meters.counter("atelier.reservations", "status", status.name()).increment()));
    }

    private Instant now() {
        return clock.instant();
    }

    /** For tests and operators: what the order holds now. */
    public Mono<Map<UUID, BigDecimal>> held(UUID orderId) {
        return reservations.heldLines(orderId);
    }
}
