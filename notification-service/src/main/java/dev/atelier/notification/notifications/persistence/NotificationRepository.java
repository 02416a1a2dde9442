package dev.atelier.notification.notifications.persistence;

import static dev.atelier.platform.sql.NullableBinding.nullable;

import dev.atelier.notification.notifications.domain.Channel;
import dev.atelier.notification.notifications.domain.Notification;
import dev.atelier.notification.notifications.domain.NotificationKind;
import dev.atelier.notification.notifications.domain.NotificationStatus;
import dev.atelier.notification.outgoing.QueueTable;
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

/** Notification rows in {@code notification}, with hand-written SQL (claiming due rows skips locked ones). */
@Repository
public class NotificationRepository implements QueueTable<Notification> {

    /** JSON sort property to column; only these may be sorted by. */
    public static final Map<String, String> SORT_COLUMNS = Map.of("createdAt", "created_at");

    private static final String COLUMNS = """
            id, order_id, customer_id, cause_id, kind, channel, status, recipient, subject, attempts, next_attempt_at,
            reason, resend_of, requested_by, created_at, sent_at, updated_at""";

    private final DatabaseClient database;

    public NotificationRepository(DatabaseClient database) {
        this.database = database;
    }

    /** Stores a new notification; emits false when one for the same cause, customer, kind and channel exists. */
    public Mono<Boolean> insertOnce(Notification notification) {
        GenericExecuteSpec spec = database.sql("INSERT INTO notification (" + COLUMNS + ") VALUES (:id, :orderId,"
                        + " :customerId, :causeId, :kind, :channel, :status, :recipient, :subject, :attempts, :nextAttemptAt,"
                        + " :reason, :resendOf, :requestedBy, :createdAt, :sentAt, :updatedAt)"
                        + " ON CONFLICT ON CONSTRAINT notification_once DO NOTHING")
                .bind("id", notification.id())
                .bind("orderId", notification.orderId())
                .bind("customerId", notification.customerId())
                .bind("causeId", notification.causeId())
                .bind("kind", notification.kind().name())
                .bind("channel", notification.channel().name())
                .bind("status", notification.status().name())
                .bind("attempts", notification.attempts())
                .bind("nextAttemptAt", notification.nextAttemptAt())
                .bind("requestedBy", notification.requestedBy())
                .bind("createdAt", notification.createdAt())
                .bind("updatedAt", notification.updatedAt());
        spec = nullable(spec, "recipient", notification.recipient(), String.class);
        spec = nullable(spec, "subject", notification.subject(), String.class);
        spec = nullable(spec, "reason", notification.reason(), String.class);
        spec = nullable(spec, "resendOf", notification.resendOf(), UUID.class);
        spec = nullable(spec, "sentAt", notification.sentAt(), Instant.class);
        return spec.fetch().rowsUpdated().map(rows -> rows > 0);
    }

    public Mono<Notification> find(UUID id) {
        return database.sql("SELECT " + COLUMNS + " FROM notification WHERE id = :id")
                .bind("id", id).map(NotificationRepository::notification).one();
    }

    public Flux<Notification> findByOrder(UUID orderId, PageQuery page) {
        String sql = "SELECT " + COLUMNS + " FROM notification WHERE order_id = :orderId"
                + SqlConditions.orderBy(page.sort(), SORT_COLUMNS) + " LIMIT :limit OFFSET :offset";
        return database.sql(sql).bind("orderId", orderId).bind("limit", page.size()).bind("offset", page.offset())
                .map(NotificationRepository::notification).all();
    }

    public Mono<Long> countByOrder(UUID orderId) {
        return database.sql("SELECT count(*) AS n FROM notification WHERE order_id = :orderId")
                .bind("orderId", orderId).map(row -> row.get("n", Long.class)).one();
    }

    /**
     * Takes up to {@code limit} notifications that are due: counts the attempt and pushes their next
     * attempt to {@code leaseUntil}, so another sender (or this one after a crash) takes them over only
     * when this attempt has had its time. Rows another sender is claiming are skipped, not waited for.
     */
    @Override
    public Flux<Notification> claimDue(Instant now, Instant leaseUntil, int limit) {
        return database.sql(QueueTable.claimSql("notification", COLUMNS, "updated_at = :now",
                        QueueTable.oldestDueFirst("notification")))
                .bind("now", now).bind("leaseUntil", leaseUntil).bind("limit", limit)
                .map(NotificationRepository::notification).all();
    }

    /**
     * Records an attempt's outcome, if the row is still the one this attempt claimed (PENDING, same
     * attempt count); emits false when another sender took it over meanwhile.
     */
    @Override
    public Mono<Boolean> settle(Notification outcome) {
        GenericExecuteSpec spec = database.sql("""
                UPDATE notification SET status = :status, recipient = :recipient, subject = :subject,
                    next_attempt_at = :nextAttemptAt, reason = :reason, sent_at = :sentAt, updated_at = :updatedAt
                WHERE id = :id AND status = 'PENDING' AND attempts = :attempts""")
                .bind("id", outcome.id())
                .bind("status", outcome.status().name())
                .bind("nextAttemptAt", outcome.nextAttemptAt())
                .bind("attempts", outcome.attempts())
                .bind("updatedAt", outcome.updatedAt());
        spec = nullable(spec, "recipient", outcome.recipient(), String.class);
        spec = nullable(spec, "subject", outcome.subject(), String.class);
        spec = nullable(spec, "reason", outcome.reason(), String.class);
        spec = nullable(spec, "sentAt", outcome.sentAt(), Instant.class);
        return spec.fetch().rowsUpdated().map(rows -> rows > 0);
    }


    private static Notification notification(Readable row) {
        return new Notification(
                row.get("id", UUID.class),
                row.get("order_id", UUID.class),
                row.get("customer_id", UUID.class),
                row.get("cause_id", String.class),
                NotificationKind.valueOf(row.get("kind", String.class)),
                Channel.valueOf(row.get("channel", String.class)),
                NotificationStatus.valueOf(row.get("status", String.class)),
                row.get("recipient", String.class),
                row.get("subject", String.class),
                row.get("attempts", Integer.class),
                row.get("next_attempt_at", Instant.class),
                row.get("reason", String.class),
                row.get("resend_of", UUID.class),
                row.get("requested_by", String.class),
                row.get("created_at", Instant.class),
                row.get("sent_at", Instant.class),
                row.get("updated_at", Instant.class));
    }
}
