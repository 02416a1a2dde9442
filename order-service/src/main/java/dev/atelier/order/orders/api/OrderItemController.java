package dev.atelier.order.orders.api;

import dev.atelier.order.orders.OrderChanges;
import dev.atelier.order.orders.OrderItems;
import dev.atelier.order.orders.domain.OrderItem;
import dev.atelier.platform.error.ValidationFailedException;
import dev.atelier.platform.openapi.CreatesResource;
import dev.atelier.platform.openapi.MergePatchBody;
import dev.atelier.platform.openapi.ProblemResponse;
import dev.atelier.platform.security.Roles;
import dev.atelier.platform.web.JsonMergePatch;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/order-items}, {@code /api/order-items/{id}} and {@code /api/orders/{id}/items}: every
 * designer reads items; lead designers add, change and remove them while the order is PENDING.
 * Each change bumps the order's version and item-list version and tells inventory the new list.
 */
@RestController
@Tag(name = "Order items", description = "The garments and materials of an order.")
public class OrderItemController {

    private final OrderItems items;
    private final OrderChanges changes;
    private final JsonMergePatch mergePatch;

    OrderItemController(OrderItems items, OrderChanges changes, JsonMergePatch mergePatch) {
        this.items = items;
        this.changes = changes;
        this.mergePatch = mergePatch;
    }

    @GetMapping("/api/order-items")
    @PreAuthorize(Roles.ANY_DESIGNER)
    @Operation(operationId = "listOrderItems", summary = "List order items")
    public Mono<PageResponse<OrderItemResourceView>> list(@RequestParam(required = false) UUID orderId,
            PageQuery page) {
        return items.list(orderId, page).map(result -> result.map(OrderItemResourceView::of));
    }

    @GetMapping("/api/orders/{id}/items")
    @PreAuthorize(Roles.ANY_DESIGNER)
    @Operation(operationId = "listItemsOfOrder", summary = "List the items of an order")
    public Mono<PageResponse<OrderItemResourceView>> listOfOrder(@PathVariable UUID id, PageQuery page) {
        return items.listOf(id, page).map(result -> result.map(OrderItemResourceView::of));
    }

    @GetMapping("/api/order-items/{id}")
    @PreAuthorize(Roles.ANY_DESIGNER)
    @Operation(operationId = "getOrderItem", summary = "Get an order item")
    public Mono<OrderItemResourceView> get(@PathVariable UUID id) {
        return items.get(id).map(OrderItemResourceView::of);
    }

    @PostMapping("/api/order-items")
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "createOrderItem", summary = "Add an item to an order")
    @CreatesResource(location = "The new order item.")
    @ProblemResponse(status = 409, description = "The version is not the current one (currentVersion), or the order can no longer change.")
    @ProblemResponse(status = 503, description = "A service the order depends on (customers, inventory) is unavailable.")
    public Mono<ResponseEntity<OrderItemResourceView>> add(@Valid @RequestBody ItemWriteRequest request) {
        if (request.orderId() == null) {
            throw new ValidationFailedException("orderId", "must not be null");
        }
        return add(request.orderId(), request);
    }

    @PostMapping("/api/orders/{id}/items")
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "addItemToOrder", summary = "Add an item to the order in the path")
    @CreatesResource(location = "The new order item.")
    @ProblemResponse(status = 409, description = "The version is not the current one (currentVersion), or the order can no longer change.")
    @ProblemResponse(status = 503, description = "A service the order depends on (customers, inventory) is unavailable.")
    public Mono<ResponseEntity<OrderItemResourceView>> addToOrder(@PathVariable UUID id,
            @Valid @RequestBody ItemWriteRequest request) {
        requireSameOrder(id, request);
        return add(id, request);
    }

    @PutMapping("/api/order-items/{id}")
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "replaceOrderItem", summary = "Replace an order item")
    @ProblemResponse(status = 409, description = "The version is not the current one (currentVersion), or the order can no longer change.")
    @ProblemResponse(status = 503, description = "A service the order depends on (customers, inventory) is unavailable.")
    public Mono<OrderItemResourceView> replace(@PathVariable UUID id, @Valid @RequestBody ItemWriteRequest request) {
        return changes.replaceItem(id, request.orderVersion(), orderId -> {
            requireSameOrder(orderId, request);
            return item(request);
        }).map(order -> OrderItemResourceView.of(order, id));
    }

    @PatchMapping(path = "/api/order-items/{id}", consumes = { JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "patchOrderItem", summary = "Change some of an order item")
    @MergePatchBody(OrderItemPatch.class)
    @ProblemResponse(status = 409, description = "The version is not the current one (currentVersion), or the order can no longer change.")
    @ProblemResponse(status = 503, description = "A service the order depends on (customers, inventory) is unavailable.")
    @ProblemResponse(status = 415, description = "The body is not merge-patch or plain JSON.")
    public Mono<OrderItemResourceView> patch(@PathVariable UUID id, @RequestBody JsonNode patch) {
        long orderVersion = requiredOrderVersion(patch);
        // The merge runs under the order's lock, on the item as it is then.
        return changes.patchItem(id, orderVersion, (orderId, current) -> item(merged(orderId, current, patch)))
                .map(order -> OrderItemResourceView.of(order, id));
    }

    /** A merge patch of an item names the order's version it was written against: 400 without it. */
    private static long requiredOrderVersion(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new ValidationFailedException("body", "a merge patch must be a JSON object");
        }
        JsonNode version = patch.get("orderVersion");
        if (version == null || version.isNull()) {
            throw new ValidationFailedException("orderVersion",
                    "is required: the order's current version, so a concurrent change is not overwritten");
        }
        if (!version.isIntegralNumber() || !version.canConvertToLong() || version.longValue() < 0) {
            throw new ValidationFailedException("orderVersion", "must be a whole number from 0");
        }
        return version.longValue();
    }

    /** The patch applied to the item as it is under the order's lock. */
    private ItemWriteRequest merged(UUID orderId, OrderItem current, JsonNode patch) {
        ItemWriteRequest merged = mergePatch.apply(new ItemWriteRequest(orderId, current.inventoryItemId(),
                current.size(), current.description(), current.quantity(), null), patch, ItemWriteRequest.class);
        requireSameOrder(orderId, merged);
        return merged;
    }

    /** Removing the last item is refused (409): an order needs one; delete or cancel the order instead. */
    @DeleteMapping("/api/order-items/{id}")
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteOrderItem", summary = "Remove an item from its order")
    @ProblemResponse(status = 409, description = "The version is not the current one (currentVersion), or the order can no longer change.")
    public Mono<Void> remove(@PathVariable UUID id, @RequestParam(required = false) Long orderVersion) {
        return changes.removeItem(id, orderVersion).then();
    }

    private Mono<ResponseEntity<OrderItemResourceView>> add(UUID orderId, ItemWriteRequest request) {
        return Mono.fromSupplier(() -> item(request))
                .flatMap(item -> changes.addItem(orderId, item, request.orderVersion())
                        .map(order -> OrderItemResourceView.of(order, item.id())))
                .map(view -> ResponseEntity.created(URI.create("/api/order-items/" + view.id())).body(view));
    }

    private static void requireSameOrder(UUID orderId, ItemWriteRequest request) {
        if (request.orderId() != null && !request.orderId().equals(orderId)) {
            throw new ValidationFailedException("orderId", "must be the item's own order " + orderId
                    + " (an item does not move to another order)");
        }
    }

    /** The item's rules; the body is the item itself, so its errors name the body's own fields. */
    private static OrderItem item(ItemWriteRequest request) {
        return OrderItem.of(request.inventoryItemId(), request.size(), request.description(), request.quantity(), "");
    }
}
