package dev.atelier.order.orders.api;

import dev.atelier.order.orders.domain.DeliveryMethod;
import dev.atelier.order.orders.domain.Order;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/orders}: the order with all its items. */
public record CreateOrderRequest(
        @NotNull UUID customerId,
        @Nullable UUID measurementId,
        @NotEmpty @Size(max = Order.MAX_ITEMS) List<@NotNull @Valid OrderItemRequest> items,
        @NotNull @Valid MoneyJson price,
        @NotNull LocalDate deliveryDate,
        @NotNull DeliveryMethod deliveryMethod,
        @Valid @Nullable AddressJson deliveryAddress,
        @Size(max = 2000) @Nullable String notes) {
}
