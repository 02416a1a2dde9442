package dev.atelier.order.orders.domain;

import dev.atelier.platform.domain.Ids;
import dev.atelier.platform.domain.InvalidValueException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * One line of an order: an inventory item in a size (stock-tracked) or custom work described in
 * words (not stock-tracked). Exactly one of {@code inventoryItemId} and {@code description} is set.
 */
public record OrderItem(UUID id, UUID inventoryItemId, String size, String description, BigDecimal quantity) {

    /** At most three decimals: fabric is sold by the millimetre at the finest. */
    private static final int QUANTITY_DECIMALS = 3;

    /** The column is numeric(14, 3): anything from 10^11 up would overflow it (and no atelier orders that much). */
    private static final BigDecimal QUANTITY_LIMIT = new BigDecimal("100000000000");

    /**
     * Checks one item from outside. {@code field} (e.g. {@code items[1]}) prefixes the error paths;
     * empty for an item sent on its own, whose paths are its own fields (the item as a whole is then
     * named by {@code inventoryItemId}, the field that says what it is).
     */
    public static OrderItem of(UUID inventoryItemId, String size, String description, BigDecimal quantity,
            String field) {
        String whole = field.isEmpty() ? "inventoryItemId" : field;
        String prefix = field.isEmpty() ? "" : field + ".";
        String text = (description == null || description.isBlank()) ? null : description.trim();
        if (inventoryItemId == null && text == null) {
            throw new InvalidValueException(whole, "needs an inventoryItemId (stock) or a description (custom work)");
        }
        if (inventoryItemId != null && text != null) {
            throw new InvalidValueException(whole, "is either an inventory item or custom work, not both: "
                    + "send inventoryItemId or description");
        }
        if (inventoryItemId == null && size != null && !size.isBlank()) {
            throw new InvalidValueException(prefix + "size", "applies only to an inventory item");
        }
        if (quantity == null) {
            throw new InvalidValueException(prefix + "quantity", "must not be null");
        }
        if (quantity.signum() <= 0) {
            throw new InvalidValueException(prefix + "quantity", "must be greater than 0");
        }
        if (quantity.stripTrailingZeros().scale() > QUANTITY_DECIMALS) {
            throw new InvalidValueException(prefix + "quantity", "has more than " + QUANTITY_DECIMALS + " decimals");
        }
        if (quantity.compareTo(QUANTITY_LIMIT) >= 0) {
            throw new InvalidValueException(prefix + "quantity", "must be below 10^11");
        }
        String cleanSize = (size == null || size.isBlank()) ? null : size.trim();
        return new OrderItem(Ids.newId(), inventoryItemId, cleanSize, text, quantity);
    }

    /**
     * Inventory reserves the sum of an item's lines, and its columns hold below 10^11 as well: a sum over
     * that would be refused there after the order was accepted here, and the order would wait for stock
     * forever. So the sum per inventory item has the same limit as one line.
     *
     * @param fieldOf the field to name for the line (by index) that takes its item's sum over the limit
     */
    public static void checkTotals(List<OrderItem> items, IntFunction<String> fieldOf) {
        Map<UUID, BigDecimal> totals = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            OrderItem item = items.get(i);
            if (item.isStockTracked()) {
                BigDecimal total = totals.merge(item.inventoryItemId(), item.quantity(), BigDecimal::add);
                if (total.compareTo(QUANTITY_LIMIT) >= 0) {
                    throw new InvalidValueException(fieldOf.apply(i), "together with the other lines of inventory item "
                            + item.inventoryItemId() + " must be below 10^11");
                }
            }
        }
    }

    /** This item's content under the id {@code itemId}. */
    OrderItem withId(UUID itemId) {
        return new OrderItem(itemId, inventoryItemId, size, description, quantity);
    }

    /** Same items in the same order, whatever their ids (a PUT sends items without ids). */
    static boolean sameContent(List<OrderItem> current, List<OrderItem> wanted) {
        if (current.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            OrderItem a = current.get(i);
            OrderItem b = wanted.get(i);
            if (!Objects.equals(a.inventoryItemId, b.inventoryItemId) || !Objects.equals(a.size, b.size)
                    || !Objects.equals(a.description, b.description) || a.quantity.compareTo(b.quantity) != 0) {
                return false;
            }
        }
        return true;
    }

    public boolean isStockTracked() {
        return inventoryItemId != null;
    }
}
