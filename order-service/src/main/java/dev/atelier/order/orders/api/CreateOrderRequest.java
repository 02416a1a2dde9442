package dev.atelier.order.orders.api;

import dev.atelier.order.orders.domain.DeliveryMethod;
import dev.atelier.order.orders.domain.Order;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/orders}: the order with all its items; the order itself checks how many it may
 * hold ({@link Order#MAX_ITEMS}); the schema only tells clients.
 */
public record CreateOrderRequest(
        @NotNull UUID customerId,
        @Nullable UUID measurementId,
        @ArraySchema(minItems = 1, maxItems = Order.MAX_ITEMS) @NotNull List<@NotNull @Valid OrderItemRequest> items,
        @NotNull @Valid MoneyJson price,
        @NotNull LocalDate deliveryDate,
        @NotNull DeliveryMethod deliveryMethod,
        @Valid @Nullable AddressJson deliveryAddress,
        @Size(max = 2000) @Nullable String notes) {
}
