package dev.atelier.order.orders.persistence;

import static dev.atelier.platform.sql.NullableBinding.nullable;

import dev.atelier.order.orders.domain.Audit;
import dev.atelier.order.orders.domain.DeliveryAddress;
import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.OrderFilter;
import dev.atelier.order.orders.domain.StatusChange;
import dev.atelier.platform.sql.SqlConditions;
import dev.atelier.platform.web.PageQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders in {@code customer_order}, with hand-written SQL: the list needs dynamic filters, and an
 * order is always read and stored together with its items ({@link OrderItemRepository}).
 */
@Repository
public class OrderRepository {

    /** JSON sort property to column; only these may be sorted by (each is indexed). */
    public static final Map<String, String> SORT_COLUMNS = Map.of(
            "createdAt", "created_at",
            "deliveryDate", "delivery_date");

    private final DatabaseClient database;
    private final JsonMapper json;
    /** In the shop's time zone: "today" for the overdue filter is the shop's day. */
    private final Clock clock;
    private final OrderItemRepository items;
    private final OrderRows rows;

    public OrderRepository(DatabaseClient database, JsonMapper json, Clock clock, OrderItemRepository items) {
        this.database = database;
        this.json = json;
        this.clock = clock;
        this.items = items;
        this.rows = new OrderRows(json);
    }

    /**
     * A new order's rows in one statement (one round trip, not three): the order, its items and its first
     * timeline row. The foreign keys are checked when the whole statement has run.
     */
    private static final String INSERT = "WITH new_order AS (INSERT INTO customer_order (" + OrderRows.COLUMNS
            + ") VALUES (:id, :customerId, :measurementId, :priceAmount, :priceCurrency, :amountPaid, :deliveryDate,"
            + " :deliveryMethod, :street, :city, :postalCode, :country, :notes, :status, :stockStatus,"
            + " :itemListVersion, :deliveredAt, :version, :createdAt, :createdBy, :updatedAt, :updatedBy,"
            + " CAST(:measurement AS jsonb), :amountRefunded, CAST(:shortages AS jsonb))),"
            + " new_items AS (" + OrderItemRepository.INSERT + ") "
            + StatusChangeRepository.INSERT;

    /**
     * Inserts the order, its items and {@code created}, its first timeline row, in one statement; the caller runs
     * it in a transaction.
     */
    public Mono<Void> insert(Order order, StatusChange created) {
        DeliveryAddress address = order.delivery().address();
        Audit audit = order.audit();
        GenericExecuteSpec spec = database.sql(INSERT)
                .bind("id", order.id())
                .bind("customerId", order.customerId())
                .bind("priceAmount", order.price().amount())
                .bind("priceCurrency", order.price().currency())
                .bind("amountPaid", order.payments().paid().amount())
                .bind("amountRefunded", order.payments().refunded().amount())
                .bind("shortages", json.writeValueAsString(order.reservation().shortages()))
                .bind("deliveryDate", order.delivery().date())
                .bind("deliveryMethod", order.delivery().method().name())
                .bind("status", order.status().name())
                .bind("stockStatus", order.reservation().status().name())
                .bind("itemListVersion", order.reservation().itemListVersion())
                .bind("version", audit.version())
                .bind("createdAt", audit.createdAt())
                .bind("createdBy", audit.createdBy())
                .bind("updatedAt", audit.updatedAt())
                .bind("updatedBy", audit.updatedBy());
        spec = nullable(spec, "measurementId", order.measurementId(), UUID.class);
        spec = nullable(spec, "notes", order.notes(), String.class);
        spec = nullable(spec, "measurement",
                order.measurement() == null ? null : json.writeValueAsString(order.measurement()), String.class);
        spec = nullable(spec, "deliveredAt", order.deliveredAt(), Instant.class);
        spec = nullable(spec, "street", address == null ? null : address.street(), String.class);
        spec = nullable(spec, "city", address == null ? null : address.city(), String.class);
        spec = nullable(spec, "postalCode", address == null ? null : address.postalCode(), String.class);
        spec = nullable(spec, "country", address == null ? null : address.country(), String.class);
        spec = OrderItemRepository.bindItems(spec.bind("orderId", order.id()), order.items());
        return StatusChangeRepository.bind(spec, created).then();
    }

    public Mono<Order> findById(UUID id) {
        return read("o.id = :id", id, "");
    }

    /** Reads the order and locks its row until the transaction ends; every change starts here. */
    public Mono<Order> lockById(UUID id) {
        return read("o.id = :id", id, " FOR UPDATE OF o");
    }

    /**
     * {@link #lockById} for many orders in one query. The rows are locked in id order, so two transactions that lock
     * some of the same orders this way wait for each other instead of deadlocking. Orders that do not exist are left out.
     */
    public Flux<Order> lockByIds(Collection<UUID> ids) {
        return Flux.defer(() -> {
            Map<UUID, OrderRows.Assembly> byId = new LinkedHashMap<>();
            return database.sql("SELECT " + OrderRows.SELECT_WITH_ITEMS
                            + " FROM customer_order o LEFT JOIN order_item i ON i.order_id = o.id WHERE o.id = ANY(:ids)"
                            + " ORDER BY o.id, i.position FOR UPDATE OF o")
                    .bind("ids", ids.toArray(UUID[]::new))
                    .map(row -> byId.computeIfAbsent(row.get("id", UUID.class), id -> rows.assembly()).add(row))
                    .all()
                    .thenMany(Flux.defer(() -> Flux.fromStream(byId.values().stream().map(OrderRows.Assembly::order))));
        });
    }

    /** {@link #lockById} for the order that holds item {@code itemId}: an item change reads its order once. */
    public Mono<Order> lockByItemId(UUID itemId) {
        return read("o.id = (SELECT order_id FROM order_item WHERE id = :id)", itemId, " FOR UPDATE OF o");
    }

    /** Whether the order exists, without reading it (its payments or timeline are listed on their own). */
    public Mono<Boolean> exists(UUID id) {
        return database.sql("SELECT 1 FROM customer_order WHERE id = :id").bind("id", id)
                .map(row -> true).one().hasElement();
    }

    /** Writes a status move if the row still has {@code expectedVersion}; emits the rows updated (0 or 1). */
    public Mono<Long> updateStatus(Order moved, long expectedVersion) {
        return nullable(database.sql("""
                UPDATE customer_order SET status = :status, delivered_at = :deliveredAt, version = :newVersion,
                  updated_at = :updatedAt, updated_by = :updatedBy
                WHERE id = :id AND version = :version""")
                .bind("id", moved.id())
                .bind("status", moved.status().name())
                .bind("newVersion", moved.audit().version())
                .bind("version", expectedVersion)
                .bind("updatedAt", moved.audit().updatedAt())
                .bind("updatedBy", moved.audit().updatedBy()), "deliveredAt", moved.deliveredAt(), Instant.class)
                .fetch().rowsUpdated();
    }

    /** Writes what payments add up to if the row still has {@code expectedVersion}; emits the rows updated. */
    public Mono<Long> updatePayments(Order paid, long expectedVersion) {
        return database.sql("""
                UPDATE customer_order SET amount_paid = :paid, amount_refunded = :refunded, version = :newVersion,
                  updated_at = :updatedAt, updated_by = :updatedBy
                WHERE id = :id AND version = :version""")
                .bind("id", paid.id())
                .bind("paid", paid.payments().paid().amount())
                .bind("refunded", paid.payments().refunded().amount())
                .bind("newVersion", paid.audit().version())
                .bind("version", expectedVersion)
                .bind("updatedAt", paid.audit().updatedAt())
                .bind("updatedBy", paid.audit().updatedBy())
                .fetch().rowsUpdated();
    }

    /** Inventory's answer to write to an order, if its row still has {@code expectedVersion}. */
    public record StockUpdate(Order answered, long expectedVersion) {
    }

    /**
     * Writes inventory's answers (stock status, shortages), each if its row still has the expected version, in
     * one statement; emits the rows updated.
     */
    public Mono<Long> updateStock(List<StockUpdate> updates) {
        if (updates.isEmpty()) {
            return Mono.just(0L);
        }
        return database.sql("""
                UPDATE customer_order o SET stock_status = a.stock_status, stock_shortages = CAST(a.shortages AS jsonb),
                  version = a.new_version, updated_at = a.updated_at, updated_by = a.updated_by
                FROM unnest(:ids::uuid[], :stockStatuses::text[], :shortages::text[], :newVersions::bigint[],
                  :versions::bigint[], :updatedAts::timestamptz[], :updatedBys::text[])
                  AS a(id, stock_status, shortages, new_version, version, updated_at, updated_by)
                WHERE o.id = a.id AND o.version = a.version""")
                .bind("ids", updates.stream().map(update -> update.answered().id()).toArray(UUID[]::new))
                .bind("stockStatuses", updates.stream()
                        .map(update -> update.answered().reservation().status().name()).toArray(String[]::new))
                .bind("shortages", updates.stream()
                        .map(update -> json.writeValueAsString(update.answered().reservation().shortages()))
                        .toArray(String[]::new))
                .bind("newVersions", updates.stream().map(update -> update.answered().audit().version()).toArray(Long[]::new))
                .bind("versions", updates.stream().map(StockUpdate::expectedVersion).toArray(Long[]::new))
                .bind("updatedAts", updates.stream().map(update -> update.answered().audit().updatedAt()).toArray(Instant[]::new))
                .bind("updatedBys", updates.stream().map(update -> update.answered().audit().updatedBy()).toArray(String[]::new))
                .fetch().rowsUpdated();
    }

    /** The order and its items in one query (one row per item, or one without an item). */
    private Mono<Order> read(String condition, UUID id, String lock) {
        return Mono.defer(() -> {
            OrderRows.Assembly assembly = rows.assembly();
            return database.sql("SELECT " + OrderRows.SELECT_WITH_ITEMS
                            + " FROM customer_order o LEFT JOIN order_item i ON i.order_id = o.id WHERE " + condition
                            + " ORDER BY i.position" + lock)
                    .bind("id", id).map(assembly::add).all()
                    .then(Mono.fromSupplier(assembly::order));
        });
    }

    /**
     * One page of orders, each with its items (read for the whole page in one query). The page's
     * ids are found first, so the rows skipped by OFFSET are read from an index only, then only the
     * page's rows are read from the table.
     */
    public Flux<Order> find(OrderFilter filter, PageQuery page) {
        SqlConditions where = where(filter);
        if (filter.deliveryTo() != null) {
            // Implied (no order is delivered before it was made: V12's check, which allows the shop's day
            // to be one day behind UTC); lets a newest-first scan of an old delivery window start at the
            // window's end instead of today.
            where.add("created_at < :createdBefore", "createdBefore",
                    filter.deliveryTo().plusDays(2).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
        }
        String orderBy = SqlConditions.orderBy(page.sort(), SORT_COLUMNS);
        String sql = "SELECT " + OrderRows.SELECT + " FROM customer_order WHERE id IN (SELECT id FROM customer_order"
                + where.sql() + orderBy + " LIMIT " + page.size() + " OFFSET " + page.offset() + ")" + orderBy;
        return where.bind(database.sql(sql)).map(rows::orderRow).all().collectList()
                .flatMapMany(found -> found.isEmpty() ? Flux.empty()
                        : items.ofOrders(found.stream().map(OrderRows.OrderRow::id).toList())
                                .flatMapIterable(byOrder -> found.stream()
                                        .map(row -> row.withItems(byOrder.getOrDefault(row.id(), List.of())))
                                        .toList()));
    }

    /**
     * The number of matching orders, counted up to {@code limit}: the list cannot page further, and
     * counting a million rows exactly costs more than the page itself.
     */
    public Mono<Long> count(OrderFilter filter, int limit) {
        SqlConditions where = where(filter);
        return where.bind(database.sql("SELECT count(*) AS n FROM (SELECT 1 FROM customer_order" + where.sql()
                        + " LIMIT " + limit + ") AS listed"))
                .map(row -> row.get("n", Long.class)).one();
    }

    /** Orders that still have to be delivered. */
    private static final String OPEN = "status NOT IN ('DELIVERED', 'CANCELLED')";

    private SqlConditions where(OrderFilter filter) {
        SqlConditions where = new SqlConditions();
        if (filter.status() != null) {
            where.add("status = :status", "status", filter.status().name());
        }
        if (filter.stockStatus() != null) {
            where.add("stock_status = :stockStatus", "stockStatus", filter.stockStatus().name());
        }
        if (filter.paymentStatus() != null) {
            // A stored generated column with Order.paymentStatus()'s rules (migration V11), indexed.
            where.add("payment_status = :paymentStatus", "paymentStatus", filter.paymentStatus().name());
        }
        if (filter.customerId() != null) {
            where.add("customer_id = :customerId", "customerId", filter.customerId());
        }
        if (filter.deliveryFrom() != null) {
            where.add("delivery_date >= :deliveryFrom", "deliveryFrom", filter.deliveryFrom());
        }
        if (filter.deliveryTo() != null) {
            where.add("delivery_date <= :deliveryTo", "deliveryTo", filter.deliveryTo());
        }
        if (filter.overdue() != null) {
            // Spelled exactly as the partial index customer_order_open_delivery_idx (V11) so it is used.
            where.add(filter.overdue() ? "delivery_date < :today AND " + OPEN
                    : "NOT (delivery_date < :today AND " + OPEN + ")", "today", LocalDate.now(clock));
        }
        return where;
    }
}
