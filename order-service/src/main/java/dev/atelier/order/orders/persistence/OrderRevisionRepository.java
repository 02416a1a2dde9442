package dev.atelier.order.orders.persistence;

import static dev.atelier.platform.sql.NullableBinding.nullable;

import dev.atelier.order.orders.domain.DeliveryAddress;
import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.OrderItem;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an order revised after creation: its terms, its whole item list, or its deletion. Every
 * write is guarded by the version the change was computed from; the caller runs it in the
 * transaction that holds the order's row lock.
 */
@Repository
public class OrderRevisionRepository {

    private final DatabaseClient database;
    private final JsonMapper json;
    private final OrderItemRepository items;

    public OrderRevisionRepository(DatabaseClient database, JsonMapper json, OrderItemRepository items) {
        this.database = database;
        this.json = json;
        this.items = items;
    }

    /** Writes terms, stock status and versions if the row still has {@code expectedVersion}; emits rows updated. */
    public Mono<Long> updateTerms(Order revised, long expectedVersion) {
        DeliveryAddress address = revised.delivery().address();
        GenericExecuteSpec spec = database.sql("""
                UPDATE customer_order SET measurement_id = :measurementId,
                  measurement_snapshot = CAST(:measurement AS jsonb), price_amount = :priceAmount,
                  price_currency = :priceCurrency, delivery_date = :deliveryDate, delivery_method = :deliveryMethod,
                  delivery_street = :street, delivery_city = :city, delivery_postal_code = :postalCode,
                  delivery_country = :country, notes = :notes, stock_status = :stockStatus,
                  stock_shortages = CAST(:shortages AS jsonb), item_list_version = :itemListVersion,
                  version = :newVersion, updated_at = :updatedAt, updated_by = :updatedBy
                WHERE id = :id AND version = :version""")
                .bind("id", revised.id())
                .bind("priceAmount", revised.price().amount())
                .bind("priceCurrency", revised.price().currency())
                .bind("deliveryDate", revised.delivery().date())
                .bind("deliveryMethod", revised.delivery().method().name())
                .bind("stockStatus", revised.reservation().status().name())
                .bind("shortages", json.writeValueAsString(revised.reservation().shortages()))
                .bind("itemListVersion", revised.reservation().itemListVersion())
                .bind("newVersion", revised.audit().version())
                .bind("version", expectedVersion)
                .bind("updatedAt", revised.audit().updatedAt())
                .bind("updatedBy", revised.audit().updatedBy());
        spec = nullable(spec, "measurementId", revised.measurementId(), UUID.class);
        spec = nullable(spec, "measurement",
                revised.measurement() == null ? null : json.writeValueAsString(revised.measurement()), String.class);
        spec = nullable(spec, "notes", revised.notes(), String.class);
        spec = nullable(spec, "street", address == null ? null : address.street(), String.class);
        spec = nullable(spec, "city", address == null ? null : address.city(), String.class);
        spec = nullable(spec, "postalCode", address == null ? null : address.postalCode(), String.class);
        spec = nullable(spec, "country", address == null ? null : address.country(), String.class);
        return spec.fetch().rowsUpdated();
    }

    /** Replaces the order's item rows by {@code items} in their order, keeping each item's id. */
    public Mono<Void> replaceItems(UUID orderId, List<OrderItem> items) {
        return database.sql("DELETE FROM order_item WHERE order_id = :orderId").bind("orderId", orderId).then()
                .then(this.items.insertAll(orderId, items));
    }

    /** Deletes the order (items and timeline go with it) if it still has {@code expectedVersion}. */
    public Mono<Long> delete(UUID id, long expectedVersion) {
        return database.sql("DELETE FROM customer_order WHERE id = :id AND version = :version")
                .bind("id", id).bind("version", expectedVersion).fetch().rowsUpdated();
    }
}
