package dev.atelier.order.orders.persistence;

import static dev.atelier.order.orders.persistence.NullableBinding.nullable;

import dev.atelier.order.orders.domain.Audit;
import dev.atelier.order.orders.domain.Delivery;
import dev.atelier.order.orders.domain.DeliveryAddress;
import dev.atelier.order.orders.domain.DeliveryMethod;
import dev.atelier.order.orders.domain.MeasurementSnapshot;
import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.OrderFilter;
import dev.atelier.order.orders.domain.OrderItem;
import dev.atelier.order.orders.domain.OrderStatus;
import dev.atelier.order.orders.domain.PaymentTally;
import dev.atelier.order.orders.domain.StockReservation;
import dev.atelier.order.orders.domain.StockShortage;
import dev.atelier.order.orders.domain.StockStatus;
import dev.atelier.platform.domain.Money;
import dev.atelier.platform.sql.SqlConditions;
import dev.atelier.platform.web.PageQuery;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
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

    private static final String COLUMNS = """
            id, customer_id, measurement_id, price_amount, price_currency, amount_paid, delivery_date, delivery_method,
            delivery_street, delivery_city, delivery_postal_code, delivery_country, notes, status, stock_status,
            item_list_version, delivered_at, version, created_at, created_by, updated_at, updated_by,
            measurement_snapshot, amount_refunded, stock_shortages""";

    /** The columns to read: the JSON ones as text, parsed here. */
    private static final String SELECT_COLUMNS = COLUMNS
            .replace("measurement_snapshot", "measurement_snapshot::text AS measurement_snapshot")
            .replace("stock_shortages", "stock_shortages::text AS stock_shortages");

    private final DatabaseClient database;
    private final JsonMapper json;
    /** In the shop's time zone: "today" for the overdue filter is the shop's day. */
    private final Clock clock;
    private final OrderItemRepository items;

    public OrderRepository(DatabaseClient database, JsonMapper json, Clock clock, OrderItemRepository items) {
        this.database = database;
        this.json = json;
        this.clock = clock;
        this.items = items;
    }

    /** Inserts the order and its items; the caller runs it in a transaction. */
    public Mono<Void> insert(Order order) {
        DeliveryAddress address = order.delivery().address();
        Audit audit = order.audit();
        GenericExecuteSpec spec = database.sql("INSERT INTO customer_order (" + COLUMNS + ") VALUES "
                + "(:id, :customerId, :measurementId, :priceAmount, :priceCurrency, :amountPaid, :deliveryDate,"
                + " :deliveryMethod, :street, :city, :postalCode, :country, :notes, :status, :stockStatus,"
                + " :itemListVersion, :deliveredAt, :version, :createdAt, :createdBy, :updatedAt, :updatedBy,"
                + " CAST(:measurement AS jsonb), :amountRefunded, CAST(:shortages AS jsonb))")
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
        return spec.then().then(items.insertAll(order.id(), order.items()));
    }

    public Mono<Order> findById(UUID id) {
        return read("id = :id", id, "");
    }

    /** Reads the order and locks its row until the transaction ends; every change starts here. */
    public Mono<Order> lockById(UUID id) {
        return read("id = :id", id, " FOR UPDATE");
    }

    /** {@link #lockById} for the order that holds item {@code itemId}: an item change reads its order once. */
    public Mono<Order> lockByItemId(UUID itemId) {
        return read("id = (SELECT order_id FROM order_item WHERE id = :id)", itemId, " FOR UPDATE");
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

    /** Writes inventory's answer (stock status, shortages) if the row still has {@code expectedVersion}. */
    public Mono<Long> updateStock(Order answered, long expectedVersion) {
        return database.sql("""
                UPDATE customer_order SET stock_status = :stockStatus, stock_shortages = CAST(:shortages AS jsonb),
                  version = :newVersion, updated_at = :updatedAt, updated_by = :updatedBy
                WHERE id = :id AND version = :version""")
                .bind("id", answered.id())
                .bind("stockStatus", answered.reservation().status().name())
                .bind("shortages", json.writeValueAsString(answered.reservation().shortages()))
                .bind("newVersion", answered.audit().version())
                .bind("version", expectedVersion)
                .bind("updatedAt", answered.audit().updatedAt())
                .bind("updatedBy", answered.audit().updatedBy())
                .fetch().rowsUpdated();
    }

    private Mono<Order> read(String condition, UUID id, String lock) {
        return database.sql("SELECT " + SELECT_COLUMNS + " FROM customer_order WHERE " + condition + lock)
                .bind("id", id).map(this::orderRow).one()
                .flatMap(row -> items.ofOrders(List.of(row.id()))
                        .map(byOrder -> row.withItems(byOrder.getOrDefault(row.id(), List.of()))));
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
        String sql = "SELECT " + SELECT_COLUMNS + " FROM customer_order WHERE id IN (SELECT id FROM customer_order"
                + where.sql() + orderBy + " LIMIT " + page.size() + " OFFSET " + page.offset() + ")" + orderBy;
        return where.bind(database.sql(sql)).map(this::orderRow).all().collectList()
                .flatMapMany(rows -> rows.isEmpty() ? Flux.empty()
                        : items.ofOrders(rows.stream().map(OrderRow::id).toList())
                                .flatMapIterable(byOrder -> rows.stream()
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

    /** An order row before its items are attached. */
    private record OrderRow(UUID id, UUID customerId, UUID measurementId, MeasurementSnapshot measurement,
            Money price, PaymentTally payments, Delivery delivery, String notes, OrderStatus status,
            StockReservation reservation, Instant deliveredAt, Audit audit) {

        Order withItems(List<OrderItem> items) {
            return new Order(id, customerId, measurementId, measurement, items, price, payments, delivery, notes,
                    status, reservation, deliveredAt, audit);
        }
    }

    private static final TypeReference<List<StockShortage>> SHORTAGES = new TypeReference<>() {
    };

    private OrderRow orderRow(Readable row) {
        String measurement = row.get("measurement_snapshot", String.class);
        String currency = row.get("price_currency", String.class);
        String street = row.get("delivery_street", String.class);
        DeliveryAddress address = street == null ? null : new DeliveryAddress(street,
                row.get("delivery_city", String.class), row.get("delivery_postal_code", String.class),
                row.get("delivery_country", String.class));
        return new OrderRow(
                row.get("id", UUID.class),
                row.get("customer_id", UUID.class),
                row.get("measurement_id", UUID.class),
                measurement == null ? null : json.readValue(measurement, MeasurementSnapshot.class),
                Money.stored(row.get("price_amount", BigDecimal.class), currency),
                new PaymentTally(Money.stored(row.get("amount_paid", BigDecimal.class), currency),
                        Money.stored(row.get("amount_refunded", BigDecimal.class), currency)),
                new Delivery(row.get("delivery_date", LocalDate.class),
                        DeliveryMethod.valueOf(row.get("delivery_method", String.class)), address),
                row.get("notes", String.class),
                OrderStatus.valueOf(row.get("status", String.class)),
                new StockReservation(StockStatus.valueOf(row.get("stock_status", String.class)),
                        json.readValue(row.get("stock_shortages", String.class), SHORTAGES),
                        row.get("item_list_version", Integer.class)),
                row.get("delivered_at", Instant.class),
                new Audit(row.get("version", Long.class), row.get("created_at", Instant.class),
                        row.get("created_by", String.class), row.get("updated_at", Instant.class),
                        row.get("updated_by", String.class)));
    }
}
