package dev.atelier.order.orders.api;

import dev.atelier.order.orders.domain.DeliveryMethod;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The documented body of {@code PATCH /api/orders/{id}} (JSON Merge Patch over
 * {@link OrderUpdateRequest}): only the fields sent change, {@code null} clears one, {@code items}
 * is replaced whole. The controller merges the JSON it reads; this record only describes it.
 */
public record OrderPatch(@Nullable UUID customerId, @Nullable UUID measurementId, @Nullable List<OrderItemRequest> items,
        @Nullable MoneyJson price, @Nullable LocalDate deliveryDate, @Nullable DeliveryMethod deliveryMethod,
        @Nullable AddressJson deliveryAddress, @Nullable String notes, @Nullable Long version) {
}
