package dev.atelier.order.orders;

import dev.atelier.order.orders.domain.PlacedItem;
import dev.atelier.order.orders.persistence.OrderItemRepository;
import dev.atelier.platform.error.NotFoundException;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reading order items on their own; they change through their order ({@link OrderChanges}). */
@Service
public class OrderItems {

    public static final String RESOURCE = "order item";

    private final OrderItemRepository items;
    private final Orders orders;

    public OrderItems(OrderItemRepository items, Orders orders) {
        this.items = items;
        this.orders = orders;
    }

    public Mono<PlacedItem> get(UUID id) {
        return items.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id)));
    }

    /** Items of all orders, or of one ({@code orderId}, which need not exist: an empty page). */
    public Mono<PageResponse<PlacedItem>> list(UUID orderId, PageQuery page) {
        return PageResponse.of(items.find(orderId, page), items.count(orderId), page);
    }

    /** The items of an order that must exist (nested {@code /api/orders/{id}/items}). */
    public Mono<PageResponse<PlacedItem>> listOf(UUID orderId, PageQuery page) {
        return orders.require(orderId).then(list(orderId, page));
    }
}
