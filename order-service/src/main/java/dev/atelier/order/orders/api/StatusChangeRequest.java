package dev.atelier.order.orders.api;

import org.jspecify.annotations.Nullable;

import dev.atelier.order.orders.domain.OrderStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code PATCH /api/orders/{id}/status}: the target status and why. */
public record StatusChangeRequest(@NotNull OrderStatus status, @Size(max = 2000) @Nullable String note) {
}
