package dev.atelier.order.orders.persistence;

import dev.atelier.order.orders.domain.OrderStatus;
import dev.atelier.order.orders.domain.StatusChange;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The status timeline in {@code order_status_change}, oldest first. */
@Repository
public class StatusChangeRepository {

    private final DatabaseClient database;

    public StatusChangeRepository(DatabaseClient database) {
        this.database = database;
    }

    /** Writes a timeline row from the parameters {@link #bind} gives it; also part of an order's create. */
    static final String INSERT = """
            INSERT INTO order_status_change (id, order_id, from_status, to_status, changed_at, changed_by, note)
            VALUES (:changeId, :orderId, :from, :to, :at, :by, :note)""";

    public Mono<Void> insert(StatusChange change) {
        return bind(database.sql(INSERT), change).then();
    }

    static GenericExecuteSpec bind(GenericExecuteSpec spec, StatusChange change) {
        spec = spec.bind("changeId", change.id())
                .bind("orderId", change.orderId())
                .bind("to", change.to().name())
                .bind("at", change.at())
                .bind("by", change.by());
        spec = change.from() == null ? spec.bindNull("from", String.class) : spec.bind("from", change.from().name());
        return change.note() == null ? spec.bindNull("note", String.class) : spec.bind("note", change.note());
    }

    public Flux<StatusChange> findByOrder(UUID orderId) {
        return database.sql("""
                SELECT id, order_id, from_status, to_status, changed_at, changed_by, note
                FROM order_status_change WHERE order_id = :orderId ORDER BY position""")
                .bind("orderId", orderId)
                .map(row -> {
                    String from = row.get("from_status", String.class);
                    return new StatusChange(row.get("id", UUID.class), row.get("order_id", UUID.class),
                            from == null ? null : OrderStatus.valueOf(from),
                            OrderStatus.valueOf(row.get("to_status", String.class)),
                            row.get("changed_at", Instant.class), row.get("changed_by", String.class),
                            row.get("note", String.class));
                })
                .all();
    }
}
