package dev.atelier.platform.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code stock.item-changed}: an inventory item's descriptive fields were edited (PUT or PATCH), or the item
 * was deleted. Keyed by the item id. Carries no price: the live stream passes it on to every designer, and
 * junior designers never see prices. Quantity changes are {@code stock.changed}, not this event (a new item's
 * opening quantity is a {@code stock.changed} with reason {@code CREATED}).
 *
 * @param change            {@code UPDATED} or {@code DELETED}
 * @param unit              the stock unit (upper case, e.g. {@code METRE})
 * @param lowStockThreshold at or below this available quantity the item is low on stock
 * @param version           the item's version after the change; a deletion counts as one more change
 *                          (the last version + 1), so it orders after every edit
 */
public record StockItemChanged(UUID inventoryItemId, String change, String sku, String name, String category,
        String unit, BigDecimal lowStockThreshold, long version, Instant at) implements EventPayload {

    public static final String UPDATED = "UPDATED";
    public static final String DELETED = "DELETED";

    @Override
    public UUID aggregateId() {
        return inventoryItemId;
    }
}
