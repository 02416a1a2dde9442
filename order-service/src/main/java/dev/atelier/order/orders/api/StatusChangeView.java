package dev.atelier.order.orders.api;

import dev.atelier.order.orders.domain.OrderStatus;
import dev.atelier.order.orders.domain.StatusChange;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A timeline row: {@code from} is null for the order's creation. */
public record StatusChangeView(@Nullable OrderStatus from, OrderStatus to, Instant at, String by, @Nullable String note) {

    static StatusChangeView of(StatusChange change) {
        return new StatusChangeView(change.from(), change.to(), change.at(), change.by(), change.note());
    }
}
