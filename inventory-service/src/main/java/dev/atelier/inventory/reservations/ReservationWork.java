package dev.atelier.inventory.reservations;

import dev.atelier.inventory.changes.StockLedger;
import dev.atelier.inventory.items.domain.InventoryItem;
import dev.atelier.inventory.reservations.domain.OrderReservationStatus;
import dev.atelier.inventory.reservations.persistence.ReservationRepository;
import dev.atelier.platform.event.StockReservationUpdated;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One transaction's reservations: the orders and items it has locked, as it left them, and the writes it
 * owes. The idempotent consumer applies a poll's events in one transaction; each event reads its order and
 * items here once this transaction holds their locks, and all of their writes go to the database together
 * just before the commit ({@link StockReservations}): a statement per table for the poll instead of several
 * per event. Nobody else can read or change the locked rows in between.
 */
final class ReservationWork {

    /** An order as this transaction left it: the item-list version it applied, its status (null: none yet), what it holds. */
    record OrderView(long itemListVersion, @Nullable OrderReservationStatus status, Map<UUID, BigDecimal> held) {
    }

    private final Map<UUID, OrderView> orders = new HashMap<>();
    private final Map<UUID, InventoryItem> items = new HashMap<>();
    private final List<StockLedger.Staged> stockChanges = new ArrayList<>();
    private final Map<UUID, Map<UUID, BigDecimal>> lines = new LinkedHashMap<>();
    private final Map<UUID, ReservationRepository.Header> headers = new LinkedHashMap<>();
    private final List<StockReservationUpdated> answers = new ArrayList<>();

    /** The order as this transaction left it, or null when it has not locked it yet. */
    @Nullable OrderView order(UUID orderId) {
        return orders.get(orderId);
    }

    void lockedOrder(UUID orderId, OrderView order) {
        orders.put(orderId, order);
    }

    /** Which of {@code ids} this transaction has not locked yet, in id order. */
    Set<UUID> notLocked(Collection<UUID> ids) {
        Set<UUID> missing = new TreeSet<>(ids);
        missing.removeAll(items.keySet());
        return missing;
    }

    void lockedItems(Collection<InventoryItem> locked) {
        locked.forEach(item -> items.put(item.id(), item));
    }

    /** The locked items among {@code ids} as this transaction left them; an id with no item is missing. */
    Map<UUID, InventoryItem> items(Collection<UUID> ids) {
        Map<UUID, InventoryItem> known = new HashMap<>();
        ids.forEach(id -> {
            InventoryItem item = items.get(id);
            if (item != null) {
                known.put(id, item);
            }
        });
        return known;
    }

    /** Stock moved: the staged change is owed, and the items now stand where the moves left them. */
    void moved(List<StockLedger.Move> moves, StockLedger.Staged staged) {
        moves.forEach(move -> items.put(move.lockedItem().id(), move.lockedItem().withStock(move.after())));
        stockChanges.add(staged);
    }

    /** The order applied {@code itemListVersion} with {@code status}, its lines changed as given (zero: gone). */
    void orderSet(UUID orderId, long itemListVersion, OrderReservationStatus status, Map<UUID, BigDecimal> changedLines,
            Instant at) {
        OrderView before = orders.get(orderId);
        Map<UUID, BigDecimal> held = new HashMap<>(before == null ? Map.of() : before.held());
        changedLines.forEach((itemId, quantity) -> {
            if (quantity.signum() == 0) {
                held.remove(itemId);
            } else {
                held.put(itemId, quantity);
            }
        });
        orders.put(orderId, new OrderView(itemListVersion, status, Map.copyOf(held)));
        lines.computeIfAbsent(orderId, id -> new LinkedHashMap<>()).putAll(changedLines);
        headers.put(orderId, new ReservationRepository.Header(itemListVersion, status, at));
    }

    void answer(StockReservationUpdated answer) {
        answers.add(answer);
    }

    List<StockLedger.Staged> stockChanges() {
        return stockChanges;
    }

    Map<UUID, Map<UUID, BigDecimal>> lines() {
        return lines;
    }

    Map<UUID, ReservationRepository.Header> headers() {
        return headers;
    }

    List<StockReservationUpdated> answers() {
        return answers;
    }
}
