package dev.atelier.inventory.items;

import dev.atelier.inventory.changes.StockLedger;
import dev.atelier.inventory.changes.domain.StockChange;
import dev.atelier.inventory.changes.domain.StockChangeReason;
import dev.atelier.inventory.items.domain.InventoryItem;
import dev.atelier.inventory.items.domain.InventoryItem.ItemDetails;
import dev.atelier.inventory.items.domain.ItemFilter;
import dev.atelier.inventory.items.domain.Quantities;
import dev.atelier.inventory.items.domain.StockLevel;
import dev.atelier.inventory.items.persistence.InventoryItemRepository;
import dev.atelier.platform.domain.Ids;
import dev.atelier.platform.error.ConflictException;
import dev.atelier.platform.error.NotFoundException;
import dev.atelier.platform.error.ValidationFailedException;
import dev.atelier.platform.event.StockItemChanged;
import dev.atelier.platform.outbox.Outbox;
import dev.atelier.platform.security.CurrentUser;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The item use cases: each write is one transaction, each stock move goes through the {@link StockLedger}.
 * Edits and deletions append {@code stock.item-changed} to the outbox in their transaction.
 */
@Service
public class InventoryItems {

    public static final String RESOURCE = "inventory item";

    private final InventoryItemRepository items;
    private final StockLedger ledger;
    private final Outbox outbox;
    private final TransactionalOperator transactions;
    private final Clock clock;

    public InventoryItems(InventoryItemRepository items, StockLedger ledger, Outbox outbox,
            TransactionalOperator transactions, Clock clock) {
        this.items = items;
        this.ledger = ledger;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Creates the item and its CREATED change-log row (and event) with the opening quantity. */
    public Mono<InventoryItem> create(ItemDetails details, BigDecimal openingQuantity) {
        return user().flatMap(user -> {
            Instant now = now();
            InventoryItem item = new InventoryItem(Ids.newId(), details, StockLevel.of(openingQuantity), 0, now,
                    user, now, user);
            return items.insert(item)
                    .then(ledger.recordCreation(item, user))
                    .thenReturn(item)
                    .as(transactions::transactional);
        }).onErrorMap(DataIntegrityViolationException.class, InventoryItems::uniquenessConflict);
    }

    public Mono<InventoryItem> get(UUID id) {
        return items.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id)));
    }

    public Mono<PageResponse<InventoryItem>> list(ItemFilter filter, PageQuery page) {
        return PageResponse.of(items.find(filter, page), items.count(filter), page);
    }

    /**
     * Replaces the descriptive fields if the item still has {@code expectedVersion}. A quantity may be
     * sent back as read, but not changed: stock moves only through adjustments, so each is logged
     * with its reason. Publishes {@code stock.item-changed} ({@code UPDATED}, the new version) in the same
     * transaction.
     */
    public Mono<InventoryItem> update(UUID id, ItemDetails details, long expectedVersion, BigDecimal quantity) {
        return user().flatMap(user -> get(id)
                .flatMap(current -> {
                    if (quantity != null && quantity.compareTo(current.stock().quantity()) != 0) {
                        return Mono.error(new ValidationFailedException("quantity",
                                "is changed only through POST /api/inventory/" + id + "/adjustments, with a reason"));
                    }
                    return items.updateDetails(id, details, expectedVersion, now(), user);
                })
                .flatMap(updated -> updated == 0 ? Mono.error(staleVersion(expectedVersion)) : get(id))
                .flatMap(updated -> outbox.append(itemChanged(updated, StockItemChanged.UPDATED, updated.version()))
                        .thenReturn(updated))
                .as(transactions::transactional))
                .onErrorMap(DataIntegrityViolationException.class, InventoryItems::uniquenessConflict);
    }

    /**
     * Deletes the item unless stock is reserved for an order; its change log stays. Publishes
     * {@code stock.item-changed} ({@code DELETED}, with the item's last fields and version + 1) in the same
     * transaction.
     */
    public Mono<Void> delete(UUID id) {
        return items.lockById(id)
                .switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id)))
                .flatMap(item -> {
                    if (item.stock().reserved().signum() > 0) {
                        return Mono.error(new ConflictException("The item has stock reserved for orders; it can be"
                                + " deleted once nothing is reserved.", Map.of("reserved",
                                        Quantities.plain(item.stock().reserved()))));
                    }
                    return items.delete(id)
                            .then(outbox.append(itemChanged(item, StockItemChanged.DELETED, item.version() + 1)));
                })
                .as(transactions::transactional);
    }

    /** A restock or correction by hand, logged with its reason and note. */
    public Mono<StockChange> adjust(UUID id, BigDecimal delta, StockChangeReason reason, String note) {
        return user().flatMap(user -> items.lockById(id)
                .switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id)))
                .flatMap(item -> ledger.record(item, item.stock().adjust(delta), reason, null, note, user))
                .as(transactions::transactional));
    }

    /** The event of an edit or deletion: the descriptive fields, never the price (juniors see the stream). */
    private StockItemChanged itemChanged(InventoryItem item, String change, long version) {
        ItemDetails details = item.details();
        return new StockItemChanged(item.id(), change, details.sku(), details.name(), details.category(),
                details.unit().name(), details.lowStockThreshold(), version, now());
    }

    private static ConflictException staleVersion(long expectedVersion) {
        return new ConflictException("The item changed since version " + expectedVersion
                + "; reload it and apply your change again.", Map.of("field", "version"));
    }

    private static Throwable uniquenessConflict(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("inventory_item_sku_key")) {
            return new ConflictException("Another item already has this sku.", Map.of("field", "sku"));
        }
        if (message.contains("inventory_item_name_category_key")) {
            return new ConflictException("Another item in this category already has this name.",
                    Map.of("field", "name"));
        }
        return e;
    }

    private Instant now() {
        return clock.instant();
    }

    private static Mono<String> user() {
        return CurrentUser.name().switchIfEmpty(Mono.error(() -> new IllegalStateException("no authenticated user")));
    }
}
