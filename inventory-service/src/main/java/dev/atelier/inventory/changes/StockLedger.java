package dev.atelier.inventory.changes;

import dev.atelier.inventory.changes.domain.StockChange;
import dev.atelier.inventory.changes.domain.StockChangeReason;
import dev.atelier.inventory.changes.persistence.StockChangeRepository;
import dev.atelier.inventory.items.domain.InventoryItem;
import dev.atelier.inventory.items.domain.StockLevel;
import dev.atelier.inventory.items.persistence.InventoryItemRepository;
import dev.atelier.platform.domain.Ids;
import dev.atelier.platform.event.StockChanged;
import dev.atelier.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The one way stock quantities change: writes the item's new quantities, its change-log row and its
 * {@code stock.changed} event, all in the caller's transaction. The caller must have locked the
 * items' rows ({@link InventoryItemRepository#lockById} or {@code lockByIds}) and computed the new levels in
 * the domain. A caller that gathers many changes in one transaction {@link #stage stages} each and
 * {@link #write writes} them together: one statement per table for all of them.
 */
@Component
public class StockLedger {

    private final InventoryItemRepository items;
    private final StockChangeRepository changes;
    private final Outbox outbox;
    private final Clock clock;

    public StockLedger(InventoryItemRepository items, StockChangeRepository changes, Outbox outbox, Clock clock) {
        this.items = items;
        this.changes = changes;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** One locked item's move from its current stock to {@code after}. */
    public record Move(InventoryItem lockedItem, StockLevel after, StockChangeReason reason) {
    }

    /**
     * What one change writes: the items' new levels (none for a just-inserted item), their change-log rows
     * and their events, in the order of the moves.
     */
    public record Staged(Map<UUID, StockLevel> levels, List<StockChange> logged, List<StockChanged> events) {
    }

    /** Records a change of a locked item from its current stock to {@code after}. */
    public Mono<StockChange> record(InventoryItem lockedItem, StockLevel after, StockChangeReason reason, UUID orderId,
            String note, String by) {
        return record(List.of(new Move(lockedItem, after, reason)), orderId, note, by).map(List::getFirst);
    }

    /**
     * Records the moves of one change (an order's reservation, say) together: one statement each for
     * the items' quantities, the change-log rows and the events, however many items move, so that
     * the rows are locked for as few round trips as possible.
     */
    public Mono<List<StockChange>> record(List<Move> moves, UUID orderId, String note, String by) {
        Staged staged = stage(moves, orderId, note, by);
        return write(List.of(staged)).thenReturn(staged.logged());
    }

    /** Records the opening quantity of a just-inserted item (its row is new, so nothing to update). */
    public Mono<StockChange> recordCreation(InventoryItem insertedItem, String by) {
        StockLevel empty = StockLevel.of(insertedItem.stock().quantity().subtract(insertedItem.stock().quantity()));
        Staged staged = stage(List.of(new Change(insertedItem, empty, insertedItem.stock(), StockChangeReason.CREATED)),
                Map.of(), null, null, by);
        return write(List.of(staged)).thenReturn(staged.logged().getFirst());
    }

    /**
     * The rows and events of one change, not written yet: moves of the same item chain when each
     * starts from the stock the one before left ({@link Move#lockedItem}'s).
     */
    public Staged stage(List<Move> moves, UUID orderId, String note, String by) {
        Map<UUID, StockLevel> levels = new LinkedHashMap<>();
        moves.forEach(move -> levels.put(move.lockedItem().id(), move.after()));
        return stage(moves.stream().map(move -> new Change(move.lockedItem(), move.lockedItem().stock(), move.after(),
                move.reason())).toList(), levels, orderId, note, by);
    }

    /**
     * Writes staged changes in their order, in the caller's transaction: each item ends at the level
     * its last change left, every change-log row and event is written.
     */
    public Mono<Void> write(List<Staged> staged) {
        Map<UUID, StockLevel> levels = new LinkedHashMap<>();
        List<StockChange> logged = new ArrayList<>();
        List<StockChanged> events = new ArrayList<>();
        for (Staged change : staged) {
            levels.putAll(change.levels());
            logged.addAll(change.logged());
            events.addAll(change.events());
        }
        if (logged.isEmpty()) {
            return Mono.empty();
        }
        return items.updateStock(levels)
                .then(changes.insertAll(logged))
                .then(outbox.appendAll(events));
    }

    private record Change(InventoryItem item, StockLevel before, StockLevel after, StockChangeReason reason) {
    }

    private Staged stage(List<Change> moves, Map<UUID, StockLevel> levels, UUID orderId, String note, String by) {
        Instant at = clock.instant();
        List<StockChange> logged = moves.stream().map(move -> new StockChange(Ids.newId(), move.item().id(),
                move.reason(), move.before(), move.after(), orderId, note, at, by)).toList();
        List<StockChanged> events = moves.stream().map(move -> {
            InventoryItem item = move.item();
            return new StockChanged(item.id(), item.details().sku(), move.reason().name(), move.before().quantity(),
                    move.after().quantity(), move.before().reserved(), move.after().reserved(), move.after().available(),
                    move.after().isLow(item.details().lowStockThreshold()), orderId, at);
        }).toList();
        return new Staged(Collections.unmodifiableMap(levels), logged, events);
    }
}
