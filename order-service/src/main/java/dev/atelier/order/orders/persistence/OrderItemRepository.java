package dev.atelier.order.orders.persistence;

import dev.atelier.order.orders.domain.OrderItem;
import dev.atelier.order.orders.domain.PlacedItem;
import dev.atelier.platform.web.PageQuery;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads items on their own ({@code /api/order-items}): each with its order's id and version, which
 * an item change must name. Items are written through their order ({@link OrderRevisionRepository}).
 */
@Repository
public class OrderItemRepository {

    private static final String SELECT = """
            SELECT i.id, i.order_id, i.position, i.inventory_item_id, i.size, i.description, i.quantity,
              o.version AS order_version
            FROM order_item i JOIN customer_order o ON o.id = i.order_id""";

    private final DatabaseClient database;

    public OrderItemRepository(DatabaseClient database) {
        this.database = database;
    }

    public Mono<PlacedItem> findById(UUID id) {
        return database.sql(SELECT + " WHERE i.id = :id").bind("id", id).map(OrderItemRepository::row).one();
    }

    /** One page of items, of one order or of all, in order then position. */
    public Flux<PlacedItem> find(UUID orderId, PageQuery page) {
        return filter(database.sql(SELECT + (orderId == null ? "" : " WHERE i.order_id = :orderId")
                        + " ORDER BY i.order_id, i.position LIMIT " + page.size() + " OFFSET " + page.offset()), orderId)
                .map(OrderItemRepository::row).all();
    }

    public Mono<Long> count(UUID orderId) {
        return filter(database.sql("SELECT count(*) AS n FROM order_item"
                + (orderId == null ? "" : " WHERE order_id = :orderId")), orderId)
                .map(row -> row.get("n", Long.class)).one();
    }

    private static GenericExecuteSpec filter(GenericExecuteSpec spec, UUID orderId) {
        return orderId == null ? spec : spec.bind("orderId", orderId);
    }

    private static PlacedItem row(Readable row) {
        return new PlacedItem(row.get("order_id", UUID.class), row.get("position", Integer.class),
                new OrderItem(row.get("id", UUID.class), row.get("inventory_item_id", UUID.class),
                        row.get("size", String.class), row.get("description", String.class),
                        row.get("quantity", BigDecimal.class)),
                row.get("order_version", Long.class));
    }
}
