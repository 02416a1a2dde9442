package dev.atelier.inventory.items.persistence;

import dev.atelier.inventory.items.domain.InventoryItem;
import dev.atelier.inventory.items.domain.InventoryItem.ItemDetails;
import dev.atelier.inventory.items.domain.ItemFilter;
import dev.atelier.inventory.items.domain.StockLevel;
import dev.atelier.inventory.items.domain.StockUnit;
import dev.atelier.platform.domain.Money;
import dev.atelier.platform.sql.SqlConditions;
import dev.atelier.platform.web.PageQuery;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Inventory items in {@code inventory_item}, with hand-written SQL: the list needs dynamic
 * filters, and stock changes need {@code SELECT ... FOR UPDATE}.
 */
@Repository
public class InventoryItemRepository {

    /** JSON sort property to column; only these may be sorted by. */
    public static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "lower(name)",
            "quantity", "quantity",
            "price", "price_amount",
            "createdAt", "created_at");

    private static final String COLUMNS = """
            id, sku, name, description, category, unit, quantity, reserved, price_amount, price_currency,
            low_stock_threshold, version, created_at, created_by, updated_at, updated_by""";

    private final DatabaseClient database;

    public InventoryItemRepository(DatabaseClient database) {
        this.database = database;
    }

    public Mono<Void> insert(InventoryItem item) {
        ItemDetails d = item.details();
        GenericExecuteSpec spec = database.sql("INSERT INTO inventory_item (" + COLUMNS + ") VALUES "
                + "(:id, :sku, :name, :description, :category, :unit, :quantity, :reserved, :priceAmount, :priceCurrency,"
                + " :lowStockThreshold, :version, :createdAt, :createdBy, :updatedAt, :updatedBy)")
                .bind("id", item.id())
                .bind("quantity", item.stock().quantity())
                .bind("reserved", item.stock().reserved())
                .bind("version", item.version())
                .bind("createdAt", item.createdAt())
                .bind("createdBy", item.createdBy())
                .bind("updatedAt", item.updatedAt())
                .bind("updatedBy", item.updatedBy());
        return bindDetails(spec, d).then();
    }

    public Mono<InventoryItem> findById(UUID id) {
        return database.sql("SELECT " + COLUMNS + " FROM inventory_item WHERE id = :id")
                .bind("id", id).map(InventoryItemRepository::item).one();
    }

    /** Reads the item and locks its row until the transaction ends; every stock change starts here. */
    public Mono<InventoryItem> lockById(UUID id) {
        return database.sql("SELECT " + COLUMNS + " FROM inventory_item WHERE id = :id FOR UPDATE")
                .bind("id", id).map(InventoryItemRepository::item).one();
    }

    /**
     * Reads the items and locks their rows until the transaction ends, in id order, so that two
     * transactions locking overlapping sets wait for each other instead of deadlocking.
     */
    public Flux<InventoryItem> lockByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        return database.sql("SELECT " + COLUMNS + " FROM inventory_item WHERE id = ANY(:ids) ORDER BY id FOR UPDATE")
                .bind("ids", ids.toArray(UUID[]::new)).map(InventoryItemRepository::item).all();
    }

    /** Writes new details if the row still has {@code expectedVersion}; emits the rows updated (0 or 1). */
    public Mono<Long> updateDetails(UUID id, ItemDetails details, long expectedVersion, Instant at, String by) {
        GenericExecuteSpec spec = database.sql("""
                UPDATE inventory_item SET sku = :sku, name = :name, description = :description, category = :category,
                  unit = :unit, price_amount = :priceAmount, price_currency = :priceCurrency,
                  low_stock_threshold = :lowStockThreshold, version = version + 1, updated_at = :updatedAt,
                  updated_by = :updatedBy
                WHERE id = :id AND version = :version""")
                .bind("id", id)
                .bind("version", expectedVersion)
                .bind("updatedAt", at)
                .bind("updatedBy", by);
        return bindDetails(spec, details).fetch().rowsUpdated();
    }

    /** Writes new quantities; the caller holds the row lock and writes the change-log row too. */
    /** Writes new stock levels, one statement for all of them; the caller holds the rows' locks. */
    public Mono<Void> updateStock(Map<UUID, StockLevel> levels) {
        if (levels.isEmpty()) {
            return Mono.empty();
        }
        List<Map.Entry<UUID, StockLevel>> rows = List.copyOf(levels.entrySet());
        return database.sql("""
                UPDATE inventory_item i SET quantity = m.quantity, reserved = m.reserved
                FROM unnest(:ids::uuid[], :quantities::numeric[], :reserved::numeric[]) AS m(id, quantity, reserved)
                WHERE i.id = m.id""")
                .bind("ids", rows.stream().map(Map.Entry::getKey).toArray(UUID[]::new))
                .bind("quantities", rows.stream().map(row -> row.getValue().quantity()).toArray(BigDecimal[]::new))
                .bind("reserved", rows.stream().map(row -> row.getValue().reserved()).toArray(BigDecimal[]::new))
                .fetch().rowsUpdated().then();
    }

    public Mono<Void> delete(UUID id) {
        return database.sql("DELETE FROM inventory_item WHERE id = :id").bind("id", id).fetch().rowsUpdated().then();
    }

    public Flux<InventoryItem> find(ItemFilter filter, PageQuery page) {
        SqlConditions where = where(filter);
        String sql = "SELECT " + COLUMNS + " FROM inventory_item" + where.sql() + SqlConditions.orderBy(page.sort(), SORT_COLUMNS)
                + " LIMIT " + page.size() + " OFFSET " + page.offset();
        return where.bind(database.sql(sql)).map(InventoryItemRepository::item).all();
    }

    public Mono<Long> count(ItemFilter filter) {
        SqlConditions where = where(filter);
        return where.bind(database.sql("SELECT count(*) AS n FROM inventory_item" + where.sql()))
                .map(row -> row.get("n", Long.class)).one();
    }

    private static GenericExecuteSpec bindDetails(GenericExecuteSpec spec, ItemDetails d) {
        GenericExecuteSpec bound = spec.bind("sku", d.sku())
                .bind("name", d.name())
                .bind("category", d.category())
                .bind("unit", d.unit().name())
                .bind("priceAmount", d.price().amount())
                .bind("priceCurrency", d.price().currency())
                .bind("lowStockThreshold", d.lowStockThreshold());
        return d.description() == null ? bound.bindNull("description", String.class)
                : bound.bind("description", d.description());
    }


    private static SqlConditions where(ItemFilter filter) {
        SqlConditions where = new SqlConditions();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(name ILIKE :q ESCAPE '\\' OR sku ILIKE :q ESCAPE '\\' OR description ILIKE :q ESCAPE '\\')", "q", "%" + likeEscaped(filter.q().trim()) + "%");
        }
        if (filter.category() != null && !filter.category().isBlank()) {
            where.add("lower(category) = lower(:category)", "category", filter.category().trim());
        }
        if (filter.minPrice() != null) {
            where.add("price_amount >= :minPrice", "minPrice", filter.minPrice());
        }
        if (filter.maxPrice() != null) {
            where.add("price_amount <= :maxPrice", "maxPrice", filter.maxPrice());
        }
        if (filter.lowStock() != null) {
            where.add(filter.lowStock() ? "quantity - reserved <= low_stock_threshold"
                    : "quantity - reserved > low_stock_threshold");
        }
        return where;
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }


    private static Money storedPrice(BigDecimal amount, String currency) {
        return new Money(amount.setScale(Currency.getInstance(currency).getDefaultFractionDigits()), currency);
    }

    private static InventoryItem item(Readable row) {
        ItemDetails details = new ItemDetails(
                row.get("sku", String.class),
                row.get("name", String.class),
                row.get("description", String.class),
                row.get("category", String.class),
                StockUnit.valueOf(row.get("unit", String.class)),
                storedPrice(row.get("price_amount", BigDecimal.class), row.get("price_currency", String.class)),
                row.get("low_stock_threshold", BigDecimal.class));
        return new InventoryItem(
                row.get("id", UUID.class),
                details,
                new StockLevel(row.get("quantity", BigDecimal.class), row.get("reserved", BigDecimal.class)),
                row.get("version", Long.class),
                row.get("created_at", Instant.class),
                row.get("created_by", String.class),
                row.get("updated_at", Instant.class),
                row.get("updated_by", String.class));
    }
}
