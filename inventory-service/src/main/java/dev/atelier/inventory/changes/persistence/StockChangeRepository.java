package dev.atelier.inventory.changes.persistence;

import dev.atelier.inventory.changes.domain.ChangeFilter;
import dev.atelier.inventory.changes.domain.StockChange;
import dev.atelier.inventory.changes.domain.StockChangeReason;
import dev.atelier.inventory.items.domain.StockLevel;
import dev.atelier.platform.sql.SqlConditions;
import dev.atelier.platform.web.PageQuery;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.springframework.data.domain.Sort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The append-only {@code stock_change} table: insert and read, nothing else (a trigger refuses the rest). */
@Repository
public class StockChangeRepository {

    private static final String COLUMNS = """
            id, item_id, reason, quantity_before, quantity_after, reserved_before, reserved_after, order_id, note, at,
            changed_by""";

    private final DatabaseClient database;

    public StockChangeRepository(DatabaseClient database) {
        this.database = database;
    }

    /** Inserts the changes in one statement, in list order. */
    public Mono<Void> insertAll(List<StockChange> changes) {
        if (changes.isEmpty()) {
            return Mono.empty();
        }
        return database.sql("INSERT INTO stock_change (" + COLUMNS + ") SELECT * FROM unnest(:ids::uuid[],"
                        + " :itemIds::uuid[], :reasons::text[], :quantitiesBefore::numeric[], :quantitiesAfter::numeric[],"
                        + " :reservedBefore::numeric[], :reservedAfter::numeric[], :orderIds::uuid[], :notes::text[],"
                        + " :ats::timestamptz[], :bys::text[])")
                .bind("ids", column(changes, StockChange::id, UUID[]::new))
                .bind("itemIds", column(changes, StockChange::itemId, UUID[]::new))
                .bind("reasons", column(changes, change -> change.reason().name(), String[]::new))
                .bind("quantitiesBefore", column(changes, change -> change.before().quantity(), BigDecimal[]::new))
                .bind("quantitiesAfter", column(changes, change -> change.after().quantity(), BigDecimal[]::new))
                .bind("reservedBefore", column(changes, change -> change.before().reserved(), BigDecimal[]::new))
                .bind("reservedAfter", column(changes, change -> change.after().reserved(), BigDecimal[]::new))
                .bind("orderIds", column(changes, StockChange::orderId, UUID[]::new))
                .bind("notes", column(changes, StockChange::note, String[]::new))
                .bind("ats", column(changes, StockChange::at, Instant[]::new))
                .bind("bys", column(changes, StockChange::by, String[]::new))
                .fetch().rowsUpdated().then();
    }

    private static <T> T[] column(List<StockChange> changes, Function<StockChange, T> value, IntFunction<T[]> array) {
        return changes.stream().map(value).toArray(array);
    }

    public Mono<StockChange> findById(UUID id) {
        return database.sql("SELECT " + COLUMNS + " FROM stock_change WHERE id = :id").bind("id", id)
                .map(StockChangeRepository::change).one();
    }

    /** Newest first (by commit-independent insert position), or oldest first when sorted {@code at,asc}. */
    public Flux<StockChange> find(ChangeFilter filter, PageQuery page) {
        SqlConditions where = where(filter);
        Sort.Order at = page.sort().getOrderFor("at");
        String direction = at != null && at.isAscending() ? "ASC" : "DESC";
        return where.bind(database.sql("SELECT " + COLUMNS + " FROM stock_change" + where.sql() + " ORDER BY at "
                + direction + ", position " + direction + " LIMIT " + page.size() + " OFFSET " + page.offset()))
                .map(StockChangeRepository::change).all();
    }

    public Mono<Long> count(ChangeFilter filter) {
        SqlConditions where = where(filter);
        return where.bind(database.sql("SELECT count(*) AS n FROM stock_change" + where.sql()))
                .map(row -> row.get("n", Long.class)).one();
    }

    private static SqlConditions where(ChangeFilter filter) {
        SqlConditions where = new SqlConditions();
        if (filter.itemId() != null) {
            where.add("item_id = :itemId", "itemId", filter.itemId());
        }
        if (filter.reason() != null) {
            where.add("reason = :reason", "reason", filter.reason().name());
        }
        if (filter.orderId() != null) {
            where.add("order_id = :orderId", "orderId", filter.orderId());
        }
        if (filter.from() != null) {
            where.add("at >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            where.add("at < :to", "to", filter.to());
        }
        return where;
    }


    private static StockChange change(Readable row) {
        return new StockChange(
                row.get("id", UUID.class),
                row.get("item_id", UUID.class),
                StockChangeReason.valueOf(row.get("reason", String.class)),
                new StockLevel(row.get("quantity_before", BigDecimal.class), row.get("reserved_before", BigDecimal.class)),
                new StockLevel(row.get("quantity_after", BigDecimal.class), row.get("reserved_after", BigDecimal.class)),
                row.get("order_id", UUID.class),
                row.get("note", String.class),
                row.get("at", Instant.class),
                row.get("changed_by", String.class));
    }
}
