package dev.atelier.order.orders.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.atelier.order.orders.domain.DeliveryMethod;
import dev.atelier.order.orders.domain.MeasurementSnapshot;
import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.OrderStatus;
import dev.atelier.order.orders.domain.PaymentStatus;
import dev.atelier.order.orders.domain.StockShortage;
import dev.atelier.order.orders.domain.StockStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order as the API shows it. The money fields are absent (not null) for a reader who may not
 * see prices: {@link #withoutPrices()}.
 */
public record OrderView(UUID id, UUID customerId, @Nullable UUID measurementId, @Nullable MeasurementSnapshot measurement,
        List<OrderItemView> items,
        @JsonInclude(JsonInclude.Include.NON_NULL) MoneyJson price,
        @JsonInclude(JsonInclude.Include.NON_NULL) MoneyJson balanceDue,
        @JsonInclude(JsonInclude.Include.NON_NULL) PaymentStatus paymentStatus,
        @JsonInclude(JsonInclude.Include.NON_NULL) MoneyJson amountPaid,
        @JsonInclude(JsonInclude.Include.NON_NULL) MoneyJson amountRefunded,
        LocalDate deliveryDate, DeliveryMethod deliveryMethod, @Nullable AddressJson deliveryAddress, @Nullable String notes,
        OrderStatus status, StockStatus stockStatus, List<StockShortage> shortages, int itemListVersion, @Nullable Instant deliveredAt, long version, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    static OrderView of(Order order) {
        return new OrderView(order.id(), order.customerId(), order.measurementId(), order.measurement(),
                order.items().stream().map(OrderItemView::of).toList(), MoneyJson.of(order.price()),
                MoneyJson.of(order.balanceDue()), order.paymentStatus(), MoneyJson.of(order.payments().paid()),
                MoneyJson.of(order.payments().refunded()), order.delivery().date(), order.delivery().method(),
                AddressJson.of(order.delivery().address()), order.notes(), order.status(),
                order.reservation().status(), order.reservation().shortages(), order.reservation().itemListVersion(),
                order.deliveredAt(), order.audit().version(),
                order.audit().createdAt(), order.audit().createdBy(), order.audit().updatedAt(),
                order.audit().updatedBy());
    }

    OrderView withoutPrices() {
        return new OrderView(id, customerId, measurementId, measurement, items, null, null, null, null, null, deliveryDate,
                deliveryMethod, deliveryAddress, notes, status, stockStatus, shortages, itemListVersion, deliveredAt, version, createdAt,
                createdBy, updatedAt, updatedBy);
    }
}
