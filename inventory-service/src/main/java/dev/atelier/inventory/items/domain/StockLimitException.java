package dev.atelier.inventory.items.domain;

import dev.atelier.platform.domain.RefusalException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A change that would take an item's on-hand stock to 10^11 or more, beyond what the columns hold. */
public class StockLimitException extends RefusalException {

    private final transient StockLevel level;

    public StockLimitException(String message, StockLevel level) {
        super(message);
        this.level = level;
    }

    public StockLevel level() {
        return level;
    }

    /** The quantity on hand and the limit it must stay below. */
    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("quantity", Quantities.plain(level.quantity()));
        properties.put("limit", Quantities.plain(Quantities.LIMIT));
        return properties;
    }
}
