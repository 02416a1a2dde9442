package dev.atelier.drills.stock;

import dev.atelier.drills.DrillContext;
import dev.atelier.drills.DrillReport;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One item's stock as inventory-service holds it: the row ({@code quantity}, {@code reserved}) and
 * its change log in order, read from inventory_service's tables, with the checks every stock drill
 * makes: never negative, never more reserved than held, each change starting where the last ended,
 * the log ending at the row, and no order reserved twice.
 */
record StockLedger(BigDecimal quantity, BigDecimal reserved, List<Change> changes) {

    record Change(String reason, UUID orderId, BigDecimal quantityBefore, BigDecimal quantityAfter,
                  BigDecimal reservedBefore, BigDecimal reservedAfter) {

        BigDecimal reservedDelta() {
            return reservedAfter.subtract(reservedBefore);
        }
    }

    static StockLedger read(DrillContext context, String itemId) throws SQLException {
        try (Connection connection = context.database("inventory_service")) {
            BigDecimal quantity;
            BigDecimal reserved;
            try (PreparedStatement query = connection.prepareStatement("SELECT quantity, reserved FROM inventory_item WHERE id = ?")) {
                query.setObject(1, UUID.fromString(itemId));
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw new SQLException("no inventory item " + itemId);
                    }
                    quantity = row.getBigDecimal(1);
                    reserved = row.getBigDecimal(2);
                }
            }
            List<Change> changes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT reason, order_id, quantity_before, quantity_after, reserved_before, reserved_after
                    FROM stock_change WHERE item_id = ? ORDER BY position""")) {
                query.setObject(1, UUID.fromString(itemId));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        changes.add(new Change(rows.getString(1), rows.getObject(2, UUID.class), rows.getBigDecimal(3),
                                rows.getBigDecimal(4), rows.getBigDecimal(5), rows.getBigDecimal(6)));
                    }
                }
            }
            return new StockLedger(quantity, reserved, changes);
        }
    }

    long reservedUnits() {
        return reserved.longValueExact();
    }

    /** Changes whose stock or reservation went below zero or reserved more than was held. */
    long negativeOrOverReserved() {
        return changes.stream().filter(change -> change.quantityAfter().signum() < 0 || change.reservedAfter().signum() < 0
                || change.reservedAfter().compareTo(change.quantityAfter()) > 0).count();
    }

    /** Changes that do not start where the one before ended (the first starts from nothing). */
    long breaks() {
        long breaks = 0;
        BigDecimal quantityBefore = BigDecimal.ZERO;
        BigDecimal reservedBefore = BigDecimal.ZERO;
        for (Change change : changes) {
            if (change.quantityBefore().compareTo(quantityBefore) != 0 || change.reservedBefore().compareTo(reservedBefore) != 0) {
                breaks++;
            }
            quantityBefore = change.quantityAfter();
            reservedBefore = change.reservedAfter();
        }
        return breaks;
    }

    /** Whether the log's last change ends at the row's quantity and reservation. */
    boolean endsAtRow() {
        if (changes.isEmpty()) {
            return false;
        }
        Change last = changes.getLast();
        return last.quantityAfter().compareTo(quantity) == 0 && last.reservedAfter().compareTo(reserved) == 0;
    }

    /** The sum of every change's reservation delta: what the log says is reserved. */
    BigDecimal loggedReserved() {
        return changes.stream().map(Change::reservedDelta).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    long count(String reason) {
        return changes.stream().filter(change -> change.reason().equals(reason)).count();
    }

    /** Orders with more than one RESERVED change on this item: reservations applied twice. */
    long ordersReservedTwice() {
        Map<UUID, Integer> perOrder = new HashMap<>();
        changes.stream().filter(change -> change.reason().equals("RESERVED") && change.orderId() != null)
                .forEach(change -> perOrder.merge(change.orderId(), 1, Integer::sum));
        return perOrder.values().stream().filter(count -> count > 1).count();
    }

    /** The checks every stock drill makes on its item, with {@code expectedReserved} units reserved at the end. */
    void check(DrillReport report, long expectedReserved) {
        report.say("item: quantity %s, reserved %s, %d changes (%d RESERVED, %d RELEASED)", quantity.stripTrailingZeros().toPlainString(),
                reserved.stripTrailingZeros().toPlainString(), changes.size(), count("RESERVED"), count("RELEASED"));
        report.checkEquals("units reserved", expectedReserved, reservedUnits());
        report.checkEquals("changes leaving stock negative or over-reserved", 0, negativeOrOverReserved());
        report.checkEquals("changes not starting where the last ended", 0, breaks());
        report.check("the change log ends at the item's quantity and reservation", endsAtRow());
        report.check("the log's reservation deltas add up to what is reserved (" + loggedReserved().stripTrailingZeros().toPlainString() + ")",
                loggedReserved().compareTo(reserved) == 0);
        report.checkEquals("orders reserved twice", 0, ordersReservedTwice());
    }
}
