package dev.atelier.order.orders.api;

import dev.atelier.order.orders.OrderChanges;
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
 * {@code PUT /api/orders/{id}}: the order's whole terms, and the {@code version} the client last
 * read. {@code customerId} may be left out; if sent it must be the order's own (it never changes).
 * {@code PATCH} merges a patch over the current terms in this shape and then checks alike. The order
 * itself checks how many items it may hold ({@link Order#MAX_ITEMS}); the schema only tells clients.
 */
public record OrderUpdateRequest(
        @Nullable UUID customerId,
        @Nullable UUID measurementId,
        @ArraySchema(minItems = 1, maxItems = Order.MAX_ITEMS) @NotNull List<@NotNull @Valid OrderItemRequest> items,
        @NotNull @Valid MoneyJson price,
        @NotNull LocalDate deliveryDate,
        @NotNull DeliveryMethod deliveryMethod,
        @Valid @Nullable AddressJson deliveryAddress,
        @Size(max = 2000) @Nullable String notes,
        @NotNull(message = "is required: the version of the order you last read") Long version) {

    /** The current terms of {@code order} in request shape, without a version: what a PATCH merges over. */
    static OrderUpdateRequest of(Order order) {
        return new OrderUpdateRequest(order.customerId(), order.measurementId(),
                order.items().stream().map(item -> new OrderItemRequest(item.inventoryItemId(), item.size(),
                        item.description(), item.quantity())).toList(),
                MoneyJson.of(order.price()), order.delivery().date(), order.delivery().method(),
                AddressJson.of(order.delivery().address()), order.notes(), null);
    }

    /** The change asked for, with the version it was written against (bean validation made it non-null). */
    OrderChanges.TermsRevision revision(UUID orderCustomerId) {
        return new OrderChanges.TermsRevision(terms(orderCustomerId), version);
    }

    /** The terms to check against the order; a left-out customer is the order's own. */
    private Order.Terms terms(UUID orderCustomerId) {
        return OrderRequests.terms(customerId == null ? orderCustomerId : customerId, measurementId, items, price,
                deliveryDate, deliveryMethod, deliveryAddress, notes);
    }
}
