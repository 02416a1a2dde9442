package dev.atelier.notification.webhooks.persistence;

import static dev.atelier.platform.sql.NullableBinding.nullable;

import dev.atelier.notification.webhooks.domain.Webhook;
import dev.atelier.platform.sql.SqlConditions;
import dev.atelier.platform.web.PageQuery;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Webhook rows in {@code webhook}. */
@Repository
public class WebhookRepository {

    public static final Map<String, String> SORT_COLUMNS = Map.of("createdAt", "created_at");

    private static final String COLUMNS = "id, url, event_types, description, secret, created_at, created_by";

    private final DatabaseClient database;

    public WebhookRepository(DatabaseClient database) {
        this.database = database;
    }

    public Mono<Void> insert(Webhook webhook) {
        GenericExecuteSpec spec = database.sql("INSERT INTO webhook (" + COLUMNS + ") VALUES (:id, :url, :eventTypes,"
                        + " :description, :secret, :createdAt, :createdBy)")
                .bind("id", webhook.id())
                .bind("url", webhook.url())
                .bind("eventTypes", webhook.eventTypes().toArray(String[]::new))
                .bind("secret", webhook.secret())
                .bind("createdAt", webhook.createdAt())
                .bind("createdBy", webhook.createdBy());
        return nullable(spec, "description", webhook.description(), String.class).fetch().rowsUpdated().then();
    }

    public Mono<Webhook> find(UUID id) {
        return database.sql("SELECT " + COLUMNS + " FROM webhook WHERE id = :id").bind("id", id)
                .map(WebhookRepository::webhook).one();
    }

    public Flux<Webhook> findAll(PageQuery page) {
        return database.sql("SELECT " + COLUMNS + " FROM webhook" + SqlConditions.orderBy(page.sort(), SORT_COLUMNS)
                        + " LIMIT :limit OFFSET :offset")
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(WebhookRepository::webhook).all();
    }

    public Mono<Long> count() {
        return database.sql("SELECT count(*) AS n FROM webhook").map(row -> row.get("n", Long.class)).one();
    }

    /** The webhooks that want {@code eventType}. */
    public Flux<Webhook> findWanting(String eventType) {
        return database.sql("SELECT " + COLUMNS + " FROM webhook WHERE :eventType = ANY (event_types)")
                .bind("eventType", eventType).map(WebhookRepository::webhook).all();
    }

    /** Deletes the webhook and its deliveries; emits rows removed (0 or 1). */
    public Mono<Long> delete(UUID id) {
        return database.sql("DELETE FROM webhook WHERE id = :id").bind("id", id).fetch().rowsUpdated();
    }

    private static Webhook webhook(Readable row) {
        return new Webhook(row.get("id", UUID.class), row.get("url", String.class),
                Arrays.asList(row.get("event_types", String[].class)), row.get("description", String.class),
                row.get("secret", String.class), row.get("created_at", Instant.class), row.get("created_by", String.class));
    }
}
