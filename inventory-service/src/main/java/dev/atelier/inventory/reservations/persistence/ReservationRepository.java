package dev.atelier.inventory.reservations.persistence;

import dev.atelier.inventory.reservations.domain.OrderReservationStatus;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code order_reservation} and {@code reservation_line}: what inventory holds for each order. */
@Repository
public class ReservationRepository {

    private final DatabaseClient database;

    public ReservationRepository(DatabaseClient database) {
        this.database = database;
    }

    /**
     * Creates the orders' headers (distinct ids) where new and locks them until the transaction ends, so one order's events apply
     * one at a time (a conflicting insert locks the existing row). One statement for all of them, locked in id order,
     * so two transactions that lock some of the same orders wait for each other instead of deadlocking.
     */
    public Flux<OrderReservationState> lockOrders(Collection<UUID> orderIds, Instant at) {
        return database.sql("INSERT INTO order_reservation (order_id, item_list_version, status, updated_at)"
                        + " SELECT id, -1, NULL, :at FROM unnest(:ids::uuid[]) AS id ORDER BY id"
                        + " ON CONFLICT (order_id) DO UPDATE SET order_id = EXCLUDED.order_id"
                        + " RETURNING order_id, item_list_version, status")
                .bind("ids", orderIds.toArray(UUID[]::new)).bind("at", at)
                .map(ReservationRepository::state)
                .all();
    }

    private static OrderReservationState state(Readable row) {
        String status = row.get("status", String.class);
        return new OrderReservationState(row.get("order_id", UUID.class), row.get("item_list_version", Long.class),
                status == null ? null : OrderReservationStatus.valueOf(status));
    }

    /** What each of the orders holds of each item; an order that holds nothing is left out. */
    public Mono<Map<UUID, Map<UUID, BigDecimal>>> heldLines(Collection<UUID> orderIds) {
        return database.sql("SELECT order_id, item_id, quantity FROM reservation_line WHERE order_id = ANY(:ids)")
                .bind("ids", orderIds.toArray(UUID[]::new))
                .map(row -> new HeldLine(row.get("order_id", UUID.class), row.get("item_id", UUID.class),
                        row.get("quantity", BigDecimal.class)))
                .all()
                .collect(Collectors.groupingBy(HeldLine::orderId, Collectors.toMap(HeldLine::itemId, HeldLine::quantity)));
    }

    private record HeldLine(UUID orderId, UUID itemId, BigDecimal quantity) {
    }

    public Mono<Map<UUID, BigDecimal>> heldLines(UUID orderId) {
        return database.sql("SELECT item_id, quantity FROM reservation_line WHERE order_id = :id")
                .bind("id", orderId)
                .map(row -> Map.entry(row.get("item_id", UUID.class), row.get("quantity", BigDecimal.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** An order header's new state: the item-list version it applied, its status, when. */
    public record Header(long itemListVersion, OrderReservationStatus status, Instant at) {
    }

    /**
     * Sets what each order holds of each item (order, then item, then quantity; zero removes the line):
     * at most two statements for all of them.
     */
    public Mono<Void> setLines(Map<UUID, Map<UUID, BigDecimal>> linesByOrder) {
        List<UUID> removedOrders = new ArrayList<>();
        List<UUID> removedItems = new ArrayList<>();
        List<UUID> keptOrders = new ArrayList<>();
        List<UUID> keptItems = new ArrayList<>();
        List<BigDecimal> keptQuantities = new ArrayList<>();
        linesByOrder.forEach((orderId, lines) -> lines.forEach((itemId, quantity) -> {
            if (quantity.signum() == 0) {
                removedOrders.add(orderId);
                removedItems.add(itemId);
            } else {
                keptOrders.add(orderId);
                keptItems.add(itemId);
                keptQuantities.add(quantity);
            }
        }));
        Mono<Void> remove = removedOrders.isEmpty() ? Mono.empty()
                : database.sql("DELETE FROM reservation_line l USING unnest(:orders::uuid[], :items::uuid[]) AS gone(order_id, item_id)"
                                + " WHERE l.order_id = gone.order_id AND l.item_id = gone.item_id")
                        .bind("orders", removedOrders.toArray(UUID[]::new))
                        .bind("items", removedItems.toArray(UUID[]::new))
                        .fetch().rowsUpdated().then();
        Mono<Void> keep = keptOrders.isEmpty() ? Mono.empty()
                : database.sql("INSERT INTO reservation_line (order_id, item_id, quantity)"
                                + " SELECT * FROM unnest(:orders::uuid[], :items::uuid[], :quantities::numeric[])"
                                + " ON CONFLICT (order_id, item_id) DO UPDATE SET quantity = EXCLUDED.quantity")
                        .bind("orders", keptOrders.toArray(UUID[]::new))
                        .bind("items", keptItems.toArray(UUID[]::new))
                        .bind("quantities", keptQuantities.toArray(BigDecimal[]::new))
                        .fetch().rowsUpdated().then();
        return remove.then(keep);
    }

    /** Writes the orders' headers, one statement for all of them. */
    public Mono<Void> updateOrders(Map<UUID, Header> headers) {
        if (headers.isEmpty()) {
            return Mono.empty();
        }
        List<Map.Entry<UUID, Header>> rows = List.copyOf(headers.entrySet());
        return database.sql("UPDATE order_reservation r SET item_list_version = h.version, status = h.status, updated_at = h.at"
                        + " FROM unnest(:ids::uuid[], :versions::bigint[], :statuses::text[], :ats::timestamptz[])"
                        + " AS h(order_id, version, status, at) WHERE r.order_id = h.order_id")
                .bind("ids", rows.stream().map(Map.Entry::getKey).toArray(UUID[]::new))
                .bind("versions", rows.stream().map(row -> row.getValue().itemListVersion()).toArray(Long[]::new))
                .bind("statuses", rows.stream().map(row -> row.getValue().status().name()).toArray(String[]::new))
                .bind("ats", rows.stream().map(row -> row.getValue().at()).toArray(Instant[]::new))
                .fetch().rowsUpdated().then();
    }
}
