package dev.atelier.inventory.reservations.persistence;

import dev.atelier.inventory.reservations.domain.OrderReservationStatus;
import java.math.BigDecimal;
import java.time.Instant;
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

    /** Creates the order's header if new and locks it until the transaction ends, so one order's events apply one at a time. */
    public Mono<OrderReservationState> lockOrder(UUID orderId, Instant at) {
        return database.sql("INSERT INTO order_reservation (order_id, item_list_version, status, updated_at)"
                        + " VALUES (:id, -1, NULL, :at) ON CONFLICT (order_id) DO NOTHING")
                .bind("id", orderId).bind("at", at).fetch().rowsUpdated()
                .then(database.sql("SELECT order_id, item_list_version, status FROM order_reservation"
                                + " WHERE order_id = :id FOR UPDATE")
                        .bind("id", orderId)
                        .map(row -> {
                            String status = row.get("status", String.class);
                            return new OrderReservationState(row.get("order_id", UUID.class),
                                    row.get("item_list_version", Long.class),
                                    status == null ? null : OrderReservationStatus.valueOf(status));
                        })
                        .one());
    }

    public Mono<Map<UUID, BigDecimal>> heldLines(UUID orderId) {
        return database.sql("SELECT item_id, quantity FROM reservation_line WHERE order_id = :id")
                .bind("id", orderId)
                .map(row -> Map.entry(row.get("item_id", UUID.class), row.get("quantity", BigDecimal.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** Sets what the order holds of an item; zero removes the line. */
    public Mono<Void> setLine(UUID orderId, UUID itemId, BigDecimal quantity) {
        if (quantity.signum() == 0) {
            return database.sql("DELETE FROM reservation_line WHERE order_id = :order AND item_id = :item")
                    .bind("order", orderId).bind("item", itemId).fetch().rowsUpdated().then();
        }
        return database.sql("INSERT INTO reservation_line (order_id, item_id, quantity) VALUES (:order, :item, :quantity)"
                        + " ON CONFLICT (order_id, item_id) DO UPDATE SET quantity = EXCLUDED.quantity")
                .bind("order", orderId).bind("item", itemId).bind("quantity", quantity).fetch().rowsUpdated().then();
    }

    public Mono<Void> updateOrder(UUID orderId, long itemListVersion, OrderReservationStatus status, Instant at) {
        return database.sql("UPDATE order_reservation SET item_list_version = :version, status = :status,"
                        + " updated_at = :at WHERE order_id = :id")
                .bind("id", orderId).bind("version", itemListVersion).bind("status", status.name()).bind("at", at)
                .fetch().rowsUpdated().then();
    }
}
