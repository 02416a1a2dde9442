package dev.atelier.order.orders.api;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The documented body of {@code PATCH /api/order-items/{id}} (JSON Merge Patch over
 * {@link ItemWriteRequest}): only the fields sent change, {@code null} clears one.
 */
public record OrderItemPatch(@Nullable UUID inventoryItemId, @Nullable String size, @Nullable String description,
        @Nullable BigDecimal quantity, @Nullable Long orderVersion) {
}
