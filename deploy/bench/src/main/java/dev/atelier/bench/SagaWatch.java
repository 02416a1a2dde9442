package dev.atelier.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows created orders until their saga ends, by reading {@code stock_status} of all pending orders
 * from order_service's table in one query every {@link #POLL}: what {@code GET /api/orders/{id}}
 * would show, without loading the gateway with a read per pending order every 10 ms (which, at 20
 * creates a second, asks more than the suite serves and opens the gateway's circuit breaker).
 */
public final class SagaWatch implements AutoCloseable {

    static final Duration POLL = Duration.ofMillis(10);
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final String QUERY = "SELECT id, stock_status FROM customer_order WHERE id = ANY(?)";

    private final Map<UUID, Long> pending = new ConcurrentHashMap<>();
    private final Latencies latencies;
    private final Connection connection;
    private final Thread watcher;
    private volatile boolean stopping;

    public SagaWatch(Connection connection, Latencies latencies) {
        this.connection = connection;
        this.latencies = latencies;
        this.watcher = Thread.ofPlatform().daemon().name("saga-watch").start(this::watch);
    }

    /** An order the create answered at {@code answeredNanoTime} ({@link System#nanoTime()}). */
    public void follow(String orderId, long answeredNanoTime) {
        pending.put(UUID.fromString(orderId), answeredNanoTime);
    }

    /** Waits until nothing is pending (each ends or times out). */
    public void awaitDrained() throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos() + POLL.toNanos() * 10;
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(POLL);
        }
    }

    /** What one status means for a pending order: done (RESERVED), failed (anything but RESERVING), or still waiting. */
    static Outcome outcome(String stockStatus) {
        return switch (stockStatus) {
            case "RESERVED" -> Outcome.RESERVED;
            case "RESERVING" -> Outcome.WAITING;
            default -> Outcome.FAILED;
        };
    }

    enum Outcome { RESERVED, WAITING, FAILED }

    private void watch() {
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            while (!stopping) {
                Thread.sleep(POLL);
                if (pending.isEmpty()) {
                    continue;
                }
                Array ids = connection.createArrayOf("uuid", pending.keySet().toArray());
                query.setArray(1, ids);
                long now;
                try (ResultSet rows = query.executeQuery()) {
                    now = System.nanoTime();
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        Outcome outcome = outcome(rows.getString(2));
                        Long answered = pending.get(id);
                        if (answered == null || outcome == Outcome.WAITING) {
                            continue;
                        }
                        pending.remove(id);
                        if (outcome == Outcome.RESERVED) {
                            latencies.record(now - answered);
                        } else {
                            latencies.error(rows.getString(2));
                        }
                    }
                }
                pending.entrySet().removeIf(entry -> {
                    boolean late = now - entry.getValue() > TIMEOUT.toNanos();
                    if (late) {
                        latencies.error("timeout");
                    }
                    return late;
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            pending.keySet().forEach(id -> latencies.error("sql"));
            pending.clear();
        }
    }

    @Override
    public void close() throws SQLException {
        stopping = true;
        watcher.interrupt();
        try {
            watcher.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
