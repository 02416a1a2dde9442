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
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The one way stock quantities change: writes the item's new quantities, its change-log row and its
 * {@code stock.changed} event, all in the caller's transaction. The caller must have locked the
 * item's row ({@link InventoryItemRepository#lockById}) and computed the new level in the domain.
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

    /** Records a change of a locked item from its current stock to {@code after}. */
    public Mono<StockChange> record(InventoryItem lockedItem, StockLevel after, StockChangeReason reason, UUID orderId,
            String note, String by) {
        return record(lockedItem, lockedItem.stock(), after, reason, orderId, note, by, true);
    }

    /** Records the opening quantity of a just-inserted item (its row is new, so nothing to update). */
    public Mono<StockChange> recordCreation(InventoryItem insertedItem, String by) {
        StockLevel empty = StockLevel.of(insertedItem.stock().quantity().subtract(insertedItem.stock().quantity()));
        return record(insertedItem, empty, insertedItem.stock(), StockChangeReason.CREATED, null, null, by, false);
    }

    private Mono<StockChange> record(InventoryItem item, StockLevel before, StockLevel after, StockChangeReason reason,
            UUID orderId, String note, String by, boolean writeItem) {
        Instant at = clock.instant();
        StockChange change = new StockChange(UUID.randomUUID(), item.id(), reason, before, after, orderId, note, at, by);
        StockChanged event = new StockChanged(item.id(), item.details().sku(), reason.name(), before.quantity(),
                after.quantity(), before.reserved(), after.reserved(), after.available(),
                after.isLow(item.details().lowStockThreshold()), orderId, at);
        Mono<Void> writeStock = writeItem ? items.updateStock(item.id(), after) : Mono.empty();
        return writeStock
                .then(changes.insert(change))
                .then(outbox.append(event))
                .thenReturn(change);
    }
}
