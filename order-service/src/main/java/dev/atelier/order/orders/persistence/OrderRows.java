package dev.atelier.order.orders.persistence;

import dev.atelier.order.orders.domain.Audit;
import dev.atelier.order.orders.domain.Delivery;
import dev.atelier.order.orders.domain.DeliveryAddress;
import dev.atelier.order.orders.domain.DeliveryMethod;
import dev.atelier.order.orders.domain.MeasurementSnapshot;
import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.OrderItem;
import dev.atelier.order.orders.domain.OrderStatus;
import dev.atelier.order.orders.domain.PaymentTally;
import dev.atelier.order.orders.domain.StockReservation;
import dev.atelier.order.orders.domain.StockShortage;
import dev.atelier.order.orders.domain.StockStatus;
import dev.atelier.platform.domain.Money;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The columns of {@code customer_order} and how a row becomes an {@link Order}. */
final class OrderRows {

    /** The columns, in the order {@link OrderRepository#insert} binds them. */
    static final String COLUMNS = """
            id, customer_id, measurement_id, price_amount, price_currency, amount_paid, delivery_date, delivery_method,
            delivery_street, delivery_city, delivery_postal_code, delivery_country, notes, status, stock_status,
            item_list_version, delivered_at, version, created_at, created_by, updated_at, updated_by,
            measurement_snapshot, amount_refunded, stock_shortages""";

    /** The columns to read: the JSON ones as text, parsed here. */
    static final String SELECT = select("");

    /**
     * The order (as {@code o}) with its items (as {@code i}, joined on the left, their columns prefixed
     * {@code item_}): one query reads an order and its items, one row per item.
     */
    static final String SELECT_WITH_ITEMS = select("o.") + ", i.id AS item_id, i.inventory_item_id AS item_inventory_item_id,"
            + " i.size AS item_size, i.description AS item_description, i.quantity AS item_quantity";

    private static final TypeReference<List<StockShortage>> SHORTAGES = new TypeReference<>() {
    };

    private final JsonMapper json;

    OrderRows(JsonMapper json) {
        this.json = json;
    }

    private static String select(String alias) {
        return Arrays.stream(COLUMNS.split(","))
                .map(String::strip)
                .map(column -> switch (column) {
                    case "measurement_snapshot", "stock_shortages" -> alias + column + "::text AS " + column;
                    default -> alias + column;
                })
                .collect(Collectors.joining(", "));
    }

    /** Collects the rows of one order read with {@link #SELECT_WITH_ITEMS}; a fresh one for each read. */
    Assembly assembly() {
        return new Assembly();
    }

    final class Assembly {

        private OrderRow order;

        private final List<OrderItem> items = new ArrayList<>();

        /** Takes one row: the order's columns from the first only, an item from each that has one. */
        Boolean add(Readable row) {
            if (order == null) {
                order = orderRow(row);
            }
            if (row.get("item_id", UUID.class) != null) {
                items.add(OrderItemRepository.item(row, "item_"));
            }
            return Boolean.TRUE;
        }

        /** The order, or null when no row matched. */
        Order order() {
            return order == null ? null : order.withItems(List.copyOf(items));
        }
    }

    /** An order row before its items are attached. */
    record OrderRow(UUID id, UUID customerId, UUID measurementId, MeasurementSnapshot measurement,
            Money price, PaymentTally payments, Delivery delivery, String notes, OrderStatus status,
            StockReservation reservation, Instant deliveredAt, Audit audit) {

        Order withItems(List<OrderItem> items) {
            return new Order(id, customerId, measurementId, measurement, items, price, payments, delivery, notes,
                    status, reservation, deliveredAt, audit);
        }
    }

    OrderRow orderRow(Readable row) {
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
