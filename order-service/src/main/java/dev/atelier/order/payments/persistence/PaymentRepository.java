package dev.atelier.order.payments.persistence;

import dev.atelier.order.payments.domain.Payment;
import dev.atelier.order.payments.domain.PaymentKind;
import dev.atelier.order.payments.domain.PaymentMethod;
import dev.atelier.platform.domain.Money;
import dev.atelier.platform.sql.SqlConditions;
import dev.atelier.platform.web.PageQuery;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Payments and refunds in {@code order_payment}; rows are only ever inserted. */
@Repository
public class PaymentRepository {

    /** JSON sort property to column; the (order_id, paid_at) index serves both. */
    public static final Map<String, String> SORT_COLUMNS = Map.of(
            "paidAt", "paid_at",
            "recordedAt", "recorded_at");

    private static final String COLUMNS =
            "id, order_id, kind, amount, currency, method, paid_at, note, recorded_at, recorded_by";

    private final DatabaseClient database;

    public PaymentRepository(DatabaseClient database) {
        this.database = database;
    }

    public Mono<Void> insert(Payment payment) {
        GenericExecuteSpec spec = database.sql("INSERT INTO order_payment (" + COLUMNS + ") VALUES "
                        + "(:id, :orderId, :kind, :amount, :currency, :method, :paidAt, :note, :recordedAt, :recordedBy)")
                .bind("id", payment.id())
                .bind("orderId", payment.orderId())
                .bind("kind", payment.kind().name())
                .bind("amount", payment.amount().amount())
                .bind("currency", payment.amount().currency())
                .bind("method", payment.method().name())
                .bind("paidAt", payment.paidAt())
                .bind("recordedAt", payment.recordedAt())
                .bind("recordedBy", payment.recordedBy());
        spec = payment.note() == null ? spec.bindNull("note", String.class) : spec.bind("note", payment.note());
        return spec.then();
    }

    public Mono<Payment> findById(UUID orderId, UUID id) {
        return database.sql("SELECT " + COLUMNS + " FROM order_payment WHERE order_id = :orderId AND id = :id")
                .bind("orderId", orderId).bind("id", id)
                .map(PaymentRepository::payment).one();
    }

    public Flux<Payment> findByOrder(UUID orderId, PageQuery page) {
        return database.sql("SELECT " + COLUMNS + " FROM order_payment WHERE order_id = :orderId"
                        + SqlConditions.orderBy(page.sort(), SORT_COLUMNS)
                        + " LIMIT " + page.size() + " OFFSET " + page.offset())
                .bind("orderId", orderId)
                .map(PaymentRepository::payment).all();
    }

    public Mono<Long> countByOrder(UUID orderId) {
        return database.sql("SELECT count(*) AS n FROM order_payment WHERE order_id = :orderId")
                .bind("orderId", orderId)
                .map(row -> row.get("n", Long.class)).one();
    }

    private static Payment payment(Readable row) {
        return new Payment(
                row.get("id", UUID.class),
                row.get("order_id", UUID.class),
                PaymentKind.valueOf(row.get("kind", String.class)),
                Money.stored(row.get("amount", BigDecimal.class), row.get("currency", String.class)),
                PaymentMethod.valueOf(row.get("method", String.class)),
                row.get("paid_at", Instant.class),
                row.get("note", String.class),
                row.get("recorded_at", Instant.class),
                row.get("recorded_by", String.class));
    }
}
