package dev.atelier.order.orders.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One item added to or changed in an order on its own: {@code inventoryItemId} (with an optional
 * {@code size}) or a {@code description}, and a quantity. {@code orderId} names the order when
 * adding through {@code /api/order-items}; an item never moves to another order.
 * {@code orderVersion}, when sent, must be the order's current version (else 409); a merge patch
 * must send it (else 400), as it is merged into the item under the order's lock.
 */
public record ItemWriteRequest(
        @Nullable UUID orderId,
        @Nullable UUID inventoryItemId,
        @Size(max = 50) @Nullable String size,
        @Size(max = 2000) @Nullable String description,
        @NotNull @Positive BigDecimal quantity,
        @Nullable Long orderVersion) {
}
