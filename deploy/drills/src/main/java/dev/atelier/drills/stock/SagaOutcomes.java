package dev.atelier.drills.stock;

import dev.atelier.drills.DrillContext;
import dev.atelier.drills.Poll;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Where the stock saga of given orders stands, read from order-service's table ({@code stock_status},
 * what {@code GET /api/orders/{id}} shows), and waiting until none is RESERVING any more.
 */
final class SagaOutcomes {

    static final String QUERY = "SELECT stock_status, count(*) FROM customer_order WHERE id = ANY(?) GROUP BY stock_status";
    private static final Duration POLL = Duration.ofMillis(250);

    private SagaOutcomes() {}

    /** Orders per stock status ({@code RESERVED}, {@code SHORT}, {@code RESERVING}, ...); missing orders are absent. */
    static Map<String, Long> of(DrillContext context, Collection<String> orderIds) throws SQLException {
        try (Connection connection = context.database("order_service"); PreparedStatement query = connection.prepareStatement(QUERY)) {
            Array ids = connection.createArrayOf("uuid", orderIds.stream().map(UUID::fromString).toArray());
            query.setArray(1, ids);
            Map<String, Long> counts = new TreeMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
            return counts;
        }
    }

    /** Polls until no order is RESERVING or {@code timeout} passed; the last counts. */
    static Map<String, Long> awaitSettled(DrillContext context, Collection<String> orderIds, Duration timeout)
            throws SQLException, InterruptedException {
        return Poll.until(() -> of(context, orderIds), counts -> counts.getOrDefault("RESERVING", 0L) == 0, POLL, timeout);
    }

    static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
