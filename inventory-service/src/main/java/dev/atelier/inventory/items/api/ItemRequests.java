package dev.atelier.inventory.items.api;

import dev.atelier.inventory.items.domain.InventoryItem.ItemDetails;
import dev.atelier.inventory.items.domain.InventoryItem;
import dev.atelier.inventory.items.domain.Quantities;
import dev.atelier.inventory.items.domain.StockUnit;
import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.domain.Money;
import dev.atelier.platform.error.FieldProblem;
import dev.atelier.platform.error.ValidationFailedException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The one mapper from item requests to domain values; domain rule breaks become one 400 naming every field. */
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
        return check(new ArrayList<>(), () -> Quantities.check(quantity, "quantity", false), quantity, true);
    }

    private static ItemDetails details(String sku, String name, String description, String category,
            StockUnit unit, PriceJson price, BigDecimal lowStockThreshold) {
        List<FieldProblem> problems = new ArrayList<>();
        Money money = check(problems, () -> Money.of(price.amount(), price.currency(), "price"), null, false);
        BigDecimal threshold = check(problems, () -> Quantities.check(
                lowStockThreshold == null ? BigDecimal.ZERO : lowStockThreshold, "lowStockThreshold", false), null, false);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return new ItemDetails(sku.trim(), name.trim(), description, category.trim(), unit, money, threshold);
    }

    private static <T> T check(List<FieldProblem> problems, Supplier<T> value, T fallback, boolean throwNow) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            problems.add(new FieldProblem(e.field(), e.getMessage()));
            if (throwNow) {
                throw new ValidationFailedException(problems);
            }
            return fallback;
        }
    }
}
