package dev.atelier.inventory.changes;

import dev.atelier.inventory.changes.domain.StockChange;
import dev.atelier.inventory.changes.domain.StockChangeReason;
import dev.atelier.inventory.changes.persistence.StockChangeRepository;
import dev.atelier.inventory.items.domain.InventoryItem;
import dev.atelier.inventory.items.domain.StockLevel;
import dev.atelier.inventory.items.persistence.InventoryItemRepository;
import dev.atelier.platform.event.StockChanged;
import dev.atelier.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
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
 * the domain.
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
        Map<UUID, StockLevel> levels = new LinkedHashMap<>();
        moves.forEach(move -> levels.put(move.lockedItem().id(), move.after()));
        return write(moves.stream().map(move -> new Change(move.lockedItem(), move.lockedItem().stock(), move.after(),
                move.reason())).toList(), orderId, note, by, items.updateStock(levels));
    }

    /** Records the opening quantity of a just-inserted item (its row is new, so nothing to update). */
    public Mono<StockChange> recordCreation(InventoryItem insertedItem, String by) {
        StockLevel empty = StockLevel.of(insertedItem.stock().quantity().subtract(insertedItem.stock().quantity()));
        return write(List.of(new Change(insertedItem, empty, insertedItem.stock(), StockChangeReason.CREATED)), null, null,
                by, Mono.empty()).map(List::getFirst);
    }

    private record Change(InventoryItem item, StockLevel before, StockLevel after, StockChangeReason reason) {
    }

    private Mono<List<StockChange>> write(List<Change> moves, UUID orderId, String note, String by, Mono<Void> writeStock) {
        if (moves.isEmpty()) {
            return Mono.just(List.of());
        }
        Instant at = clock.instant();
        List<StockChange> logged = moves.stream().map(move -> new StockChange(UUID.randomUUID(), move.item().id(),
                move.reason(), move.before(), move.after(), orderId, note, at, by)).toList();
        List<StockChanged> events = moves.stream().map(move -> {
            InventoryItem item = move.item();
            return new StockChanged(item.id(), item.details().sku(), move.reason().name(), move.before().quantity(),
                    move.after().quantity(), move.before().reserved(), move.after().reserved(), move.after().available(),
                    move.after().isLow(item.details().lowStockThreshold()), orderId, at);
        }).toList();
        return writeStock
                .then(changes.insertAll(logged))
                .then(outbox.appendAll(events))
                .thenReturn(logged);
    }
}
