package dev.atelier.order.orders.persistence;

import dev.atelier.order.orders.domain.OrderItem;
import dev.atelier.order.orders.domain.PlacedItem;
import dev.atelier.platform.web.PageQuery;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Items in {@code order_item}: read on their own ({@code /api/order-items}), each with its order's id
 * and version, which an item change must name; written only as their order's whole list, when the
 * order is stored ({@link OrderRepository}) or its list replaced ({@link OrderRevisionRepository}).
 */
@Repository
public class OrderItemRepository {

    private static final String SELECT = """
            SELECT i.id, i.order_id, i.position, i.inventory_item_id, i.size, i.description, i.quantity,
              o.version AS order_version
            FROM order_item i JOIN customer_order o ON o.id = i.order_id""";

    private static final String ITEM_COLUMNS = "id, order_id, position, inventory_item_id, size, description, quantity";

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

    /** The items of each of {@code orderIds}, in list order. */
    Mono<Map<UUID, List<OrderItem>>> ofOrders(List<UUID> orderIds) {
        return database.sql("SELECT " + ITEM_COLUMNS + " FROM order_item WHERE order_id = ANY(:ids)"
                        + " ORDER BY order_id, position")
                .bind("ids", orderIds.toArray(UUID[]::new))
                .map(row -> Map.entry(row.get("order_id", UUID.class), item(row, "")))
                .all()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /**
     * Writes an order's item rows in list order (their position) from the arrays {@link #bindItems} binds, in one
     * statement whatever their number; also part of an order's create.
     */
    static final String INSERT = "INSERT INTO order_item (" + ITEM_COLUMNS + ") SELECT id, :orderId, position - 1,"
            + " inventory_item_id, size, description, quantity FROM unnest(:itemIds::uuid[], :inventoryItemIds::uuid[],"
            + " :sizes::varchar[], :descriptions::varchar[], :quantities::numeric[])"
            + " WITH ORDINALITY AS item(id, inventory_item_id, size, description, quantity, position)";

    /** Writes the order's item rows (see {@link #INSERT}); the caller runs it in the order's transaction. */
    Mono<Void> insertAll(UUID orderId, List<OrderItem> items) {
        if (items.isEmpty()) {
            return Mono.empty();
        }
        return bindItems(database.sql(INSERT).bind("orderId", orderId), items).fetch().rowsUpdated().then();
    }

    static GenericExecuteSpec bindItems(GenericExecuteSpec spec, List<OrderItem> items) {
        return spec.bind("itemIds", items.stream().map(OrderItem::id).toArray(UUID[]::new))
                .bind("inventoryItemIds", items.stream().map(OrderItem::inventoryItemId).toArray(UUID[]::new))
                .bind("sizes", items.stream().map(OrderItem::size).toArray(String[]::new))
                .bind("descriptions", items.stream().map(OrderItem::description).toArray(String[]::new))
                .bind("quantities", items.stream().map(OrderItem::quantity).toArray(BigDecimal[]::new));
    }

    private static GenericExecuteSpec filter(GenericExecuteSpec spec, UUID orderId) {
        return orderId == null ? spec : spec.bind("orderId", orderId);
    }

    private static PlacedItem row(Readable row) {
        return new PlacedItem(row.get("order_id", UUID.class), row.get("position", Integer.class), item(row, ""),
                row.get("order_version", Long.class));
    }

    /** An item from columns named as in {@code order_item}, each with {@code prefix} before it. */
    static OrderItem item(Readable row, String prefix) {
        return new OrderItem(row.get(prefix + "id", UUID.class), row.get(prefix + "inventory_item_id", UUID.class),
                row.get(prefix + "size", String.class), row.get(prefix + "description", String.class),
                row.get(prefix + "quantity", BigDecimal.class));
    }
}
