package dev.atelier.customer.measurements.persistence;

import static dev.atelier.platform.sql.NullableBinding.nullable;

import dev.atelier.customer.measurements.domain.LengthUnit;
import dev.atelier.customer.measurements.domain.Measurement;
import dev.atelier.customer.measurements.domain.MeasurementDetails;
import dev.atelier.customer.measurements.domain.MeasurementValues;
import dev.atelier.customer.measurements.domain.MeasurementVersion;
import dev.atelier.platform.domain.Ids;
import dev.atelier.platform.sql.SqlConditions;
import dev.atelier.platform.web.PageQuery;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measurement sets and their append-only history. Every write changes {@code measurement} and
 * appends the new state to {@code measurement_version} in one transaction, so the history is
 * complete, and an update only applies to the version the client last read.
 */
@Repository
public class MeasurementRepository {

    private static final TypeReference<Map<String, BigDecimal>> VALUES = new TypeReference<>() {
    };

    private static final Map<String, String> SORT_COLUMNS = Map.of("createdAt", "created_at", "updatedAt", "updated_at");

    private static final String COLUMNS = "id, customer_id, order_id, type, unit, \"values\"::text AS values_json, notes,"
            + " version, created_at, created_by, updated_at, updated_by";

    private final DatabaseClient db;

    private final JsonMapper json;

    private final TransactionalOperator transactions;

    private final Clock clock;

    public MeasurementRepository(DatabaseClient db, JsonMapper json, ReactiveTransactionManager transactionManager, Clock clock) {
        this.clock = clock;
        this.db = db;
        this.json = json;
        this.transactions = TransactionalOperator.create(transactionManager);
    }

    public Mono<Measurement> insert(UUID customerId, MeasurementDetails details, String user) {
        Instant now = now();
        Measurement created = new Measurement(Ids.newId(), customerId, details, 0, now, user, now, user);
        Mono<Long> insert = bindDetails(this.db.sql("INSERT INTO measurement (id, customer_id, order_id, type, unit,"
                + " \"values\", notes, version, created_at, created_by, updated_at, updated_by) VALUES (:id, :customerId,"
                + " :orderId, :type, :unit, CAST(:values AS jsonb), :notes, 0, :at, :by, :at, :by)"), details)
            .bind("id", created.id())
            .bind("customerId", customerId)
            .bind("at", now)
            .bind("by", user)
            .fetch().rowsUpdated();
        return insert.then(appendVersion(created.id(), 0, details, now, user)).thenReturn(created)
            .as(this.transactions::transactional);
    }

    /** The new state, or an {@link OptimisticLockingFailureException} when {@code expectedVersion} is stale. */
    public Mono<Measurement> update(Measurement current, long expectedVersion, MeasurementDetails details,
            String user) {
        Instant now = now();
        long next = expectedVersion + 1;
        Mono<Long> update = bindDetails(this.db.sql("UPDATE measurement SET order_id = :orderId, type = :type,"
                + " unit = :unit, \"values\" = CAST(:values AS jsonb), notes = :notes, version = :next,"
                + " updated_at = :at, updated_by = :by WHERE id = :id AND version = :expected"), details)
            .bind("next", next)
            .bind("at", now)
            .bind("by", user)
            .bind("id", current.id())
            .bind("expected", expectedVersion)
            .fetch().rowsUpdated();
        return update.flatMap(rows -> (rows == 1) ? appendVersion(current.id(), next, details, now, user)
                    : Mono.error(new OptimisticLockingFailureException("measurement " + current.id() + " changed")))
            .thenReturn(new Measurement(current.id(), current.customerId(), details, next, current.createdAt(),
                    current.createdBy(), now, user))
            .as(this.transactions::transactional);
    }

    public Mono<Measurement> findById(UUID id) {
        return this.db.sql("SELECT " + COLUMNS + " FROM measurement WHERE id = :id")
            .bind("id", id)
            .map(this::measurement)
            .one();
    }

    public Flux<Measurement> find(UUID customerId, UUID orderId, PageQuery page) {
        SqlConditions where = where(customerId, orderId);
        return where.bind(this.db.sql("SELECT " + COLUMNS + " FROM measurement" + where.sql()
                + SqlConditions.orderBy(page.sort(), SORT_COLUMNS)
                + " LIMIT " + page.size() + " OFFSET " + page.offset()))
            .map(this::measurement)
            .all();
    }

    public Mono<Long> count(UUID customerId, UUID orderId) {
        SqlConditions where = where(customerId, orderId);
        return where.bind(this.db.sql("SELECT count(*) FROM measurement" + where.sql()))
            .map(row -> row.get(0, Long.class))
            .one();
    }

    /** Every version, the newest first. */
    public Flux<MeasurementVersion> history(UUID id) {
        return this.db.sql("SELECT measurement_id, version, order_id, type, unit, \"values\"::text AS values_json, notes,"
                + " recorded_at, recorded_by FROM measurement_version WHERE measurement_id = :id ORDER BY version DESC")
            .bind("id", id)
            .map(row -> new MeasurementVersion(row.get("measurement_id", UUID.class),
                    row.get("version", Long.class), details(row), row.get("recorded_at", Instant.class),
                    row.get("recorded_by", String.class)))
            .all();
    }

    private Mono<Void> appendVersion(UUID id, long version, MeasurementDetails details, Instant at, String user) {
        return bindDetails(this.db.sql("INSERT INTO measurement_version (measurement_id, version, order_id, type, unit,"
                + " \"values\", notes, recorded_at, recorded_by) VALUES (:id, :version, :orderId, :type, :unit,"
                + " CAST(:values AS jsonb), :notes, :at, :by)"), details)
            .bind("id", id)
            .bind("version", version)
            .bind("at", at)
            .bind("by", user)
            .fetch().rowsUpdated()
            .then();
    }

    private DatabaseClient.GenericExecuteSpec bindDetails(DatabaseClient.GenericExecuteSpec spec,
            MeasurementDetails details) {
        DatabaseClient.GenericExecuteSpec bound = spec
            .bind("type", details.type())
            .bind("unit", details.unit().name())
            .bind("values", this.json.writeValueAsString(details.values().values()));
        return nullable(nullable(bound, "orderId", details.orderId(), UUID.class), "notes", details.notes(), String.class);
    }

    private Measurement measurement(Readable row) {
        return new Measurement(row.get("id", UUID.class), row.get("customer_id", UUID.class), details(row),
                row.get("version", Long.class), row.get("created_at", Instant.class), row.get("created_by", String.class),
                row.get("updated_at", Instant.class), row.get("updated_by", String.class));
    }

    private MeasurementDetails details(Readable row) {
        Map<String, BigDecimal> values = this.json.readValue(row.get("values_json", String.class), VALUES);
        return new MeasurementDetails(row.get("order_id", UUID.class), row.get("type", String.class),
                LengthUnit.valueOf(row.get("unit", String.class)), new MeasurementValues(values),
                row.get("notes", String.class));
    }

    private Instant now() {
        return this.clock.instant();
    }

    private static SqlConditions where(UUID customerId, UUID orderId) {
        SqlConditions where = new SqlConditions();
        if (customerId != null) {
            where.add("customer_id = :customerId", "customerId", customerId);
        }
        if (orderId != null) {
            where.add("order_id = :orderId", "orderId", orderId);
        }
        return where;
    }

}
