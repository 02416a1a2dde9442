package dev.atelier.inventory.reservations.domain;

import dev.atelier.inventory.changes.domain.StockChangeReason;
import dev.atelier.inventory.items.domain.Quantities;
import dev.atelier.inventory.items.domain.StockLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What it takes to move an order's reservation from what is {@code held} to what the order now
 * {@code desired}s (reservation is desired state, not deltas). Planning against the items' current
 * stock is all-or-nothing: either every increase fits and the moves are returned, or nothing moves
 * and each item that does not fit is a shortage. Plain Java, no I/O.
 */
public final class ReservationDiff {

    private final Map<UUID, BigDecimal> held;
    private final Map<UUID, BigDecimal> desired;

    private ReservationDiff(Map<UUID, BigDecimal> held, Map<UUID, BigDecimal> desired) {
        this.held = held;
        this.desired = desired;
    }

    /**
     * @param held what the order holds now, per item (positive quantities)
     * @param desiredLines the order's stock-tracked lines; one item on several lines is summed, zero lines are
     *     dropped; a negative or over-precise quantity is not a valid order and is refused
     */
    public static ReservationDiff between(Map<UUID, BigDecimal> held, Collection<Line> desiredLines) {
        Map<UUID, BigDecimal> desired = new TreeMap<>();
        for (Line line : desiredLines) {
            BigDecimal quantity = Quantities.check(line.quantity(), "items.quantity", false);
            if (quantity.signum() > 0) {
                desired.merge(line.itemId(), quantity, BigDecimal::add);
            }
        }
        return new ReservationDiff(new TreeMap<>(held), desired);
    }

    /** An order line: an inventory item and how much of it. */
    public record Line(UUID itemId, BigDecimal quantity) {
    }

    /** Every item whose reservation may move, in one fixed order: lock rows in this order to avoid deadlocks. */
    public SortedSet<UUID> items() {
        SortedSet<UUID> items = new TreeSet<>(held.keySet());
        items.addAll(desired.keySet());
        return items;
    }

    /** How much more (positive) or less (negative) the order should hold of the item. */
    public BigDecimal change(UUID itemId) {
        return desired.getOrDefault(itemId, BigDecimal.ZERO).subtract(held.getOrDefault(itemId, BigDecimal.ZERO));
    }

    /** True when the order already holds exactly what it wants. */
    public boolean isEmpty() {
        return items().stream().allMatch(item -> change(item).signum() == 0);
    }

    /**
     * Plans the moves against the items' current (locked) stock; an item missing from {@code stock}
     * does not exist and is short by all that is requested of it.
     */
    public Plan plan(Map<UUID, StockLevel> stock) {
        List<ItemShortage> shortages = new ArrayList<>();
        List<ReservationMove> moves = new ArrayList<>();
        for (UUID item : items()) {
            BigDecimal change = change(item);
            if (change.signum() == 0) {
                continue;
            }
            StockLevel level = stock.get(item);
            BigDecimal wanted = desired.getOrDefault(item, BigDecimal.ZERO);
            if (level == null) {
                if (change.signum() > 0) {
                    shortages.add(new ItemShortage(item, Quantities.plain(wanted), BigDecimal.ZERO));
                }
                continue;
            }
            if (change.signum() > 0) {
                if (change.compareTo(level.available()) > 0) {
                    BigDecimal couldHold = level.available().add(held.getOrDefault(item, BigDecimal.ZERO));
                    shortages.add(new ItemShortage(item, Quantities.plain(wanted), Quantities.plain(couldHold)));
                } else {
                    moves.add(new ReservationMove(item, StockChangeReason.RESERVED, level.reserve(change), wanted));
                }
            } else {
                moves.add(new ReservationMove(item, StockChangeReason.RELEASED, level.release(change.negate()), wanted));
            }
        }
        return shortages.isEmpty() ? new Plan(moves, List.of()) : new Plan(List.of(), shortages);
    }

    /** Either moves to apply (possibly none) or shortages, never both. */
    public record Plan(List<ReservationMove> moves, List<ItemShortage> shortages) {

        public Plan {
            moves = List.copyOf(moves);
            shortages = List.copyOf(shortages);
        }

        public boolean isShort() {
            return !shortages.isEmpty();
        }
    }
}
