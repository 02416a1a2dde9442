package dev.atelier.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The saga's latency of the orders one paced phase created, from order_service's own timestamps: from
 * the order's creation ({@code created_at}) until inventory's answer was applied ({@code updated_at};
 * nothing else changes the bench's orders), the span the suite's {@code atelier.saga.stock.answer} timer
 * records. A phase's orders are those with its notes created since it began (the created-at index finds
 * them among a million).
 */
final class SagaTimes {

    static final Duration POLL = Duration.ofMillis(100);
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final String PHASE = " FROM customer_order WHERE created_at >= ? AND notes = ?";
    static final String WAITING = "SELECT count(*)" + PHASE + " AND stock_status = 'RESERVING'";
    static final String SPANS = "SELECT stock_status, (extract(epoch FROM updated_at - created_at) * 1000000)::bigint" + PHASE;

    private SagaTimes() {}

    /**
     * Waits until none of the phase's orders is still RESERVING (at most {@link #TIMEOUT}), then reads
     * each one's span: RESERVED ones are latencies, the rest failures (a still waiting one a timeout).
     */
    static Latencies await(Connection connection, Instant since, String notes) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (count(connection, WAITING, since, notes) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(POLL);
        }
        Latencies latencies = new Latencies();
        try (PreparedStatement query = phase(connection, SPANS, since, notes); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                record(latencies, rows.getString(1), rows.getLong(2));
            }
        }
        return latencies;
    }

    static void record(Latencies latencies, String stockStatus, long micros) {
        switch (stockStatus) {
            case "RESERVED" -> latencies.record(micros * 1000);
            case "RESERVING" -> latencies.error("timeout");
            default -> latencies.error(stockStatus);
        }
    }

    private static long count(Connection connection, String sql, Instant since, String notes) throws SQLException {
        try (PreparedStatement query = phase(connection, sql, since, notes); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static PreparedStatement phase(Connection connection, String sql, Instant since, String notes) throws SQLException {
        PreparedStatement query = connection.prepareStatement(sql);
        query.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        query.setString(2, notes);
        return query;
    }
}
