package dev.atelier.inventory.items.api;

import dev.atelier.inventory.items.domain.InventoryItem;
import dev.atelier.inventory.items.domain.InventoryItem.ItemDetails;
import dev.atelier.inventory.items.domain.Quantities;
import dev.atelier.inventory.items.domain.StockUnit;
import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.domain.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one mapper from item requests to domain values; the domain rules a request breaks leave
 * together as one {@link InvalidValueException}, which the platform answers naming every field.
 */
final class ItemRequests {

    static final String SKU_PATTERN = "[A-Za-z0-9][A-Za-z0-9._/-]*";
    static final String SKU_MESSAGE = "must be letters, digits and . _ / - (starting with a letter or digit)";
    static final String NOT_BLANK = "(?s).*\\S.*";

    private ItemRequests() {
    }

    static ItemDetails details(CreateItemRequest r) {
        return details(r.sku(), r.name(), r.description(), r.category(), r.unit(), r.price(), r.lowStockThreshold());
    }

    static ItemDetails details(ReplaceItemRequest r) {
        return details(r.sku(), r.name(), r.description(), r.category(), r.unit(), r.price(), r.lowStockThreshold());
    }

    /** The item's details with the patch's non-null fields applied. */
    static ItemDetails details(InventoryItem current, PatchItemRequest r) {
        ItemDetails d = current.details();
        return details(
                r.sku() != null ? r.sku() : d.sku(),
                r.name() != null ? r.name() : d.name(),
                r.description() != null ? r.description() : d.description(),
                r.category() != null ? r.category() : d.category(),
                r.unit() != null ? r.unit() : d.unit(),
                r.price() != null ? r.price() : PriceJson.of(d.price()),
                r.lowStockThreshold() != null ? r.lowStockThreshold() : d.lowStockThreshold());
    }

    static BigDecimal openingQuantity(BigDecimal quantity) {
        return Quantities.check(quantity, "quantity", false);
    }

    private static ItemDetails details(String sku, String name, String description, String category,
            StockUnit unit, PriceJson price, BigDecimal lowStockThreshold) {
        List<InvalidValueException> broken = new ArrayList<>();
        Money money = check(broken, () -> Money.of(price.amount(), price.currency(), "price"));
        BigDecimal threshold = check(broken, () -> Quantities.check(
                lowStockThreshold == null ? BigDecimal.ZERO : lowStockThreshold, "lowStockThreshold", false));
        if (!broken.isEmpty()) {
            throw InvalidValueException.ofAll(broken);
        }
        return new ItemDetails(sku.trim(), name.trim(), description, category.trim(), unit, money, threshold);
    }

    /** The value, or null with the rule it broke added to {@code broken}, so the other fields are checked too. */
    private static <T> T check(List<InvalidValueException> broken, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            broken.add(e);
            return null;
        }
    }
}
