package dev.atelier.order.orders.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One item of a new order: {@code inventoryItemId} with {@code size}, or a {@code description}. */
public record OrderItemRequest(
        @Nullable UUID inventoryItemId,
        @Size(max = 50) @Nullable String size,
        @Size(max = 2000) @Nullable String description,
        @NotNull @Positive BigDecimal quantity) {
}
