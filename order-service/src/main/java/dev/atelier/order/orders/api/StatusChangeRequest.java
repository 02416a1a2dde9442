package dev.atelier.order.orders.api;

import dev.atelier.order.orders.domain.OrderStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** {@code PATCH /api/orders/{id}/status}: the target status and why. */
public record StatusChangeRequest(@NotNull OrderStatus status, @Size(max = 2000) @Nullable String note) {
}
