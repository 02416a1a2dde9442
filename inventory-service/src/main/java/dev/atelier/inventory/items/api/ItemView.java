package dev.atelier.inventory.items.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.atelier.inventory.items.domain.InventoryItem;
import dev.atelier.inventory.items.domain.Quantities;
import dev.atelier.inventory.items.domain.StockUnit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An item as the API shows it; junior designers get it {@link #withoutPrice()} (no {@code price} member). */
public record ItemView(UUID id, String sku, String name, @Nullable String description, String category, StockUnit unit,
        BigDecimal quantity, BigDecimal reserved, BigDecimal available,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable PriceJson price, @Nullable BigDecimal lowStockThreshold,
        boolean lowStock, long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static ItemView of(InventoryItem item) {
        var d = item.details();
        var stock = item.stock();
        return new ItemView(item.id(), d.sku(), d.name(), d.description(), d.category(), d.unit(),
                Quantities.plain(stock.quantity()), Quantities.plain(stock.reserved()),
                Quantities.plain(stock.available()), PriceJson.of(d.price()), Quantities.plain(d.lowStockThreshold()),
                item.isLowStock(), item.version(), item.createdAt(), item.createdBy(), item.updatedAt(),
                item.updatedBy());
    }

    ItemView withoutPrice() {
        return new ItemView(id, sku, name, description, category, unit, quantity, reserved, available, null,
                lowStockThreshold, lowStock, version, createdAt, createdBy, updatedAt, updatedBy);
    }
}
