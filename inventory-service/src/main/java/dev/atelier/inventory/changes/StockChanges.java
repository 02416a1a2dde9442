package dev.atelier.inventory.changes;

import dev.atelier.inventory.changes.domain.ChangeFilter;
import dev.atelier.inventory.changes.domain.StockChange;
import dev.atelier.inventory.changes.persistence.StockChangeRepository;
import dev.atelier.inventory.items.InventoryItems;
import dev.atelier.platform.error.NotFoundException;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reading the change log; it is written only by the {@link StockLedger}, as stock moves. */
@Service
public class StockChanges {

    public static final String RESOURCE = "stock change";

    private final InventoryItems items;
    private final StockChangeRepository changes;

    public StockChanges(InventoryItems items, StockChangeRepository changes) {
        this.items = items;
        this.changes = changes;
    }

    public Mono<StockChange> get(UUID id) {
        return changes.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id)));
    }

    public Mono<PageResponse<StockChange>> list(ChangeFilter filter, PageQuery page) {
        return PageResponse.of(changes.find(filter, page), changes.count(filter), page);
    }

    /** The changes of an item that must exist. */
    public Mono<PageResponse<StockChange>> ofItem(UUID itemId, PageQuery page) {
        return items.get(itemId).then(list(ChangeFilter.ofItem(itemId), page));
    }
}
