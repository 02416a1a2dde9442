package dev.atelier.notification.webhooks.persistence;

import static dev.atelier.platform.sql.NullableBinding.nullable;

import dev.atelier.notification.outgoing.QueueTable;
import dev.atelier.notification.webhooks.domain.DeliveryStatus;
import dev.atelier.notification.webhooks.domain.WebhookDelivery;
import dev.atelier.platform.sql.SqlConditions;
import dev.atelier.platform.web.PageQuery;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Delivery rows in {@code webhook_delivery}. Due rows are claimed in turns across webhooks, skipping
 * rows another replica is claiming.
 */
@Repository
public class WebhookDeliveryRepository implements QueueTable<WebhookDelivery> {

    public static final Map<String, String> SORT_COLUMNS = Map.of("createdAt", "created_at");

    private static final String COLUMNS = """
            id, webhook_id, event_id, event_type, body, status, attempts, next_attempt_at, response_status, reason,
            created_at, delivered_at""";

    /**
     * Due deliveries in turns: every webhook's oldest due one, then every webhook's second, and so on.
     * Oldest-first across all webhooks would let one receiver that has been down for a day, with
     * thousands of retries due, hold back every other webhook's deliveries until its backlog is worked off.
     */
    private static final String DUE_IN_TURNS = """
            SELECT id FROM (
                SELECT due.id, due.next_attempt_at,
                       row_number() OVER (PARTITION BY hook.id ORDER BY due.next_attempt_at, due.id) AS turn
                FROM webhook hook CROSS JOIN LATERAL (
                    SELECT id, next_attempt_at FROM webhook_delivery
                    WHERE webhook_id = hook.id AND status = 'PENDING' AND next_attempt_at <= :now
                    ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED) due) turns
            ORDER BY turn, next_attempt_at, id LIMIT :limit""";

    private final DatabaseClient database;

    public WebhookDeliveryRepository(DatabaseClient database) {
        this.database = database;
    }

    /** Stores a new delivery; emits false when this webhook already has this event. */
    public Mono<Boolean> insertOnce(WebhookDelivery delivery) {
        return database.sql("INSERT INTO webhook_delivery (" + COLUMNS + ") VALUES (:id, :webhookId, :eventId, :eventType,"
                        + " :body, :status, 0, :nextAttemptAt, NULL, NULL, :createdAt, NULL)"
                        + " ON CONFLICT ON CONSTRAINT webhook_delivery_once DO NOTHING")
                .bind("id", delivery.id())
                .bind("webhookId", delivery.webhookId())
                .bind("eventId", delivery.eventId())
                .bind("eventType", delivery.eventType())
                .bind("body", delivery.body())
                .bind("status", delivery.status().name())
                .bind("nextAttemptAt", delivery.nextAttemptAt())
                .bind("createdAt", delivery.createdAt())
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    public Mono<WebhookDelivery> find(UUID id) {
        return database.sql("SELECT " + COLUMNS + " FROM webhook_delivery WHERE id = :id").bind("id", id)
                .map(WebhookDeliveryRepository::delivery).one();
    }

    public Flux<WebhookDelivery> findByWebhook(UUID webhookId, PageQuery page) {
        return database.sql("SELECT " + COLUMNS + " FROM webhook_delivery WHERE webhook_id = :webhookId"
                        + SqlConditions.orderBy(page.sort(), SORT_COLUMNS) + " LIMIT :limit OFFSET :offset")
                .bind("webhookId", webhookId).bind("limit", page.size()).bind("offset", page.offset())
                .map(WebhookDeliveryRepository::delivery).all();
    }

    public Mono<Long> countByWebhook(UUID webhookId) {
        return database.sql("SELECT count(*) AS n FROM webhook_delivery WHERE webhook_id = :webhookId")
                .bind("webhookId", webhookId).map(row -> row.get("n", Long.class)).one();
    }

    /**
     * Takes up to {@code limit} due deliveries, in turns across webhooks, counting the attempt and
     * leasing them until {@code leaseUntil}.
     */
    @Override
    public Flux<WebhookDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        return database.sql(QueueTable.claimSql("webhook_delivery", COLUMNS, "", DUE_IN_TURNS))
                .bind("now", now).bind("leaseUntil", leaseUntil).bind("limit", limit)
                .map(WebhookDeliveryRepository::delivery).all();
    }

    /** Records an attempt's outcome if the row is still the one this attempt claimed; emits whether it was. */
    @Override
    public Mono<Boolean> settle(WebhookDelivery outcome) {
        GenericExecuteSpec spec = database.sql("""
                UPDATE webhook_delivery SET status = :status, next_attempt_at = :nextAttemptAt,
                    response_status = :responseStatus, reason = :reason, delivered_at = :deliveredAt
                WHERE id = :id AND status = 'PENDING' AND attempts = :attempts""")
                .bind("id", outcome.id())
                .bind("status", outcome.status().name())
                .bind("nextAttemptAt", outcome.nextAttemptAt())
                .bind("attempts", outcome.attempts());
        spec = nullable(spec, "responseStatus", outcome.responseStatus(), Integer.class);
        spec = nullable(spec, "reason", outcome.reason(), String.class);
        spec = nullable(spec, "deliveredAt", outcome.deliveredAt(), Instant.class);
        return spec.fetch().rowsUpdated().map(rows -> rows > 0);
    }


    private static WebhookDelivery delivery(Readable row) {
        return new WebhookDelivery(row.get("id", UUID.class), row.get("webhook_id", UUID.class),
                row.get("event_id", String.class), row.get("event_type", String.class), row.get("body", String.class),
                DeliveryStatus.valueOf(row.get("status", String.class)), row.get("attempts", Integer.class),
                row.get("next_attempt_at", Instant.class), row.get("response_status", Integer.class),
                row.get("reason", String.class), row.get("created_at", Instant.class),
                row.get("delivered_at", Instant.class));
    }
}
