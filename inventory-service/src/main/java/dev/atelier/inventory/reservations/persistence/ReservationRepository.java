package dev.atelier.inventory.reservations.persistence;

import dev.atelier.inventory.reservations.domain.OrderReservationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** {@code order_reservation} and {@code reservation_line}: what inventory holds for each order. */
@Repository
public class ReservationRepository {

    private final DatabaseClient database;

    public ReservationRepository(DatabaseClient database) {
        this.database = database;
    }

    /**
     * Creates the order's header if new and locks it until the transaction ends, so one order's
     * events apply one at a time (one statement: a conflicting insert locks the existing row).
     */
    public Mono<OrderReservationState> lockOrder(UUID orderId, Instant at) {
        return database.sql("INSERT INTO order_reservation (order_id, item_list_version, status, updated_at)"
                        + " VALUES (:id, -1, NULL, :at) ON CONFLICT (order_id) DO UPDATE SET order_id = EXCLUDED.order_id"
                        + " RETURNING order_id, item_list_version, status")
                .bind("id", orderId).bind("at", at)
                .map(row -> {
                    String status = row.get("status", String.class);
                    return new OrderReservationState(row.get("order_id", UUID.class), row.get("item_list_version", Long.class),
                            status == null ? null : OrderReservationStatus.valueOf(status));
                })
                .one();
    }

    public Mono<Map<UUID, BigDecimal>> heldLines(UUID orderId) {
        return database.sql("SELECT item_id, quantity FROM reservation_line WHERE order_id = :id")
                .bind("id", orderId)
                .map(row -> Map.entry(row.get("item_id", UUID.class), row.get("quantity", BigDecimal.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** Sets what the order holds of each item; zero removes the line. At most two statements. */
    public Mono<Void> setLines(UUID orderId, Map<UUID, BigDecimal> quantities) {
        UUID[] removed = quantities.entrySet().stream().filter(line -> line.getValue().signum() == 0)
                .map(Map.Entry::getKey).toArray(UUID[]::new);
        List<Map.Entry<UUID, BigDecimal>> kept = quantities.entrySet().stream()
                .filter(line -> line.getValue().signum() != 0).toList();
        Mono<Void> remove = removed.length == 0 ? Mono.empty()
                : database.sql("DELETE FROM reservation_line WHERE order_id = :order AND item_id = ANY(:items)")
                        .bind("order", orderId).bind("items", removed).fetch().rowsUpdated().then();
        Mono<Void> keep = kept.isEmpty() ? Mono.empty()
                : database.sql("INSERT INTO reservation_line (order_id, item_id, quantity)"
                                + " SELECT :order, item, quantity FROM unnest(:items::uuid[], :quantities::numeric[])"
                                + " AS line(item, quantity)"
                                + " ON CONFLICT (order_id, item_id) DO UPDATE SET quantity = EXCLUDED.quantity")
                        .bind("order", orderId)
                        .bind("items", kept.stream().map(Map.Entry::getKey).toArray(UUID[]::new))
                        .bind("quantities", kept.stream().map(Map.Entry::getValue).toArray(BigDecimal[]::new))
                        .fetch().rowsUpdated().then();
        return remove.then(keep);
    }

    public Mono<Void> updateOrder(UUID orderId, long itemListVersion, OrderReservationStatus status, Instant at) {
        return database.sql("UPDATE order_reservation SET item_list_version = :version, status = :status,"
                        + " updated_at = :at WHERE order_id = :id")
                .bind("id", orderId).bind("version", itemListVersion).bind("status", status.name()).bind("at", at)
                .fetch().rowsUpdated().then();
    }
}
