package dev.atelier.media.images.persistence;

import static dev.atelier.platform.sql.NullableBinding.nullable;

import dev.atelier.media.images.domain.StyleImage;
import dev.atelier.platform.sql.SqlConditions;
import dev.atelier.platform.web.PageQuery;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Style image rows in {@code style_image}, with hand-written SQL (optional list filters, soft delete). */
@Repository
public class StyleImageRepository {

    /** JSON sort property to column; only these may be sorted by. */
    public static final Map<String, String> SORT_COLUMNS = Map.of(
            "uploadedAt", "uploaded_at",
            "size", "size_bytes");

    private static final String COLUMNS = """
            id, order_id, customer_id, object_key, thumbnail_key, content_type, size_bytes, sha256, width, height,
            file_name, description, uploaded_at, uploaded_by, deleted_at, deleted_by, version""";

    private final DatabaseClient database;

    public StyleImageRepository(DatabaseClient database) {
        this.database = database;
    }

    public Mono<Void> insert(StyleImage image) {
        GenericExecuteSpec spec = database.sql("INSERT INTO style_image (" + COLUMNS + ") VALUES (:id, :orderId, :customerId,"
                        + " :objectKey, :thumbnailKey, :contentType, :sizeBytes, :sha256, :width, :height, :fileName,"
                        + " :description, :uploadedAt, :uploadedBy, NULL, NULL, :version)")
                .bind("id", image.id())
                .bind("orderId", image.orderId())
                .bind("customerId", image.customerId())
                .bind("objectKey", image.objectKey())
                .bind("contentType", image.contentType())
                .bind("sizeBytes", image.sizeBytes())
                .bind("sha256", image.sha256())
                .bind("uploadedAt", image.uploadedAt())
                .bind("uploadedBy", image.uploadedBy())
                .bind("version", image.version());
        spec = nullable(spec, "thumbnailKey", image.thumbnailKey(), String.class);
        spec = nullable(spec, "width", image.width(), Integer.class);
        spec = nullable(spec, "height", image.height(), Integer.class);
        spec = nullable(spec, "fileName", image.fileName(), String.class);
        spec = nullable(spec, "description", image.description(), String.class);
        return spec.fetch().rowsUpdated().then();
    }

    /** The image unless it is deleted. */
    public Mono<StyleImage> findActive(UUID id) {
        return database.sql("SELECT " + COLUMNS + " FROM style_image WHERE id = :id AND deleted_at IS NULL")
                .bind("id", id).map(StyleImageRepository::image).one();
    }

    public Flux<StyleImage> findActive(@Nullable UUID orderId, @Nullable UUID customerId, PageQuery page) {
        SqlConditions where = activeWhere(orderId, customerId);
        String sql = "SELECT " + COLUMNS + " FROM style_image" + where.sql()
                + SqlConditions.orderBy(page.sort(), SORT_COLUMNS) + " LIMIT :limit OFFSET :offset";
        return where.bind(database.sql(sql)).bind("limit", page.size()).bind("offset", page.offset())
                .map(StyleImageRepository::image).all();
    }

    public Mono<Long> countActive(@Nullable UUID orderId, @Nullable UUID customerId) {
        SqlConditions where = activeWhere(orderId, customerId);
        return where.bind(database.sql("SELECT count(*) AS n FROM style_image" + where.sql()))
                .map(row -> row.get("n", Long.class)).one();
    }

    /** Sets the description if the row is active and still at {@code expectedVersion}; emits rows changed (0 or 1). */
    public Mono<Long> updateDescription(UUID id, @Nullable String description, long expectedVersion) {
        GenericExecuteSpec spec = database.sql("""
                UPDATE style_image SET description = :description, version = version + 1
                WHERE id = :id AND version = :version AND deleted_at IS NULL""")
                .bind("id", id).bind("version", expectedVersion);
        return nullable(spec, "description", description, String.class).fetch().rowsUpdated();
    }

    /** Marks the image deleted; emits rows changed (0 when it is missing or already deleted). */
    public Mono<Long> softDelete(UUID id, Instant at, String by) {
        return database.sql("""
                UPDATE style_image SET deleted_at = :at, deleted_by = :by, version = version + 1
                WHERE id = :id AND deleted_at IS NULL""")
                .bind("id", id).bind("at", at).bind("by", by).fetch().rowsUpdated();
    }

    /** Images deleted before {@code cutoff}, oldest first. */
    public Flux<StyleImage> findDeletedBefore(Instant cutoff, int limit) {
        return database.sql("SELECT " + COLUMNS + " FROM style_image WHERE deleted_at < :cutoff"
                        + " ORDER BY deleted_at, id LIMIT :limit")
                .bind("cutoff", cutoff).bind("limit", limit)
                .map(StyleImageRepository::image).all();
    }

    /** Removes a deleted image's row for good; emits rows removed. */
    public Mono<Long> removeDeleted(UUID id) {
        return database.sql("DELETE FROM style_image WHERE id = :id AND deleted_at IS NOT NULL")
                .bind("id", id).fetch().rowsUpdated();
    }

    private static SqlConditions activeWhere(@Nullable UUID orderId, @Nullable UUID customerId) {
        SqlConditions where = new SqlConditions().add("deleted_at IS NULL");
        if (orderId != null) {
            where.add("order_id = :orderId", "orderId", orderId);
        }
        if (customerId != null) {
            where.add("customer_id = :customerId", "customerId", customerId);
        }
        return where;
    }


    private static StyleImage image(Readable row) {
        return new StyleImage(
                row.get("id", UUID.class),
                row.get("order_id", UUID.class),
                row.get("customer_id", UUID.class),
                row.get("object_key", String.class),
                row.get("thumbnail_key", String.class),
                row.get("content_type", String.class),
                row.get("size_bytes", Long.class),
                row.get("sha256", String.class),
                row.get("width", Integer.class),
                row.get("height", Integer.class),
                row.get("file_name", String.class),
                row.get("description", String.class),
                row.get("uploaded_at", Instant.class),
                row.get("uploaded_by", String.class),
                row.get("deleted_at", Instant.class),
                row.get("deleted_by", String.class),
                row.get("version", Long.class));
    }
}
