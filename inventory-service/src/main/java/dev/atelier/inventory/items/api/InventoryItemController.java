package dev.atelier.inventory.items.api;

import dev.atelier.inventory.items.InventoryItems;
import dev.atelier.inventory.items.domain.InventoryItem;
import dev.atelier.inventory.items.domain.ItemFilter;
import dev.atelier.platform.error.ValidationFailedException;
import dev.atelier.platform.openapi.CreatesResource;
import dev.atelier.platform.openapi.ProblemResponse;
import dev.atelier.platform.security.CurrentUser;
import dev.atelier.platform.security.Roles;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import dev.atelier.platform.web.SortableBy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/inventory}: items; lead designers change them, every designer reads them. */
@RestController
@Tag(name = "Inventory items", description = "Fabrics, trims and other stock the shop keeps.")
@RequestMapping("/api/inventory")
public class InventoryItemController {

    private final InventoryItems items;

    public InventoryItemController(InventoryItems items) {
        this.items = items;
    }

    @PostMapping
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "createInventoryItem", summary = "Create an inventory item")
    @CreatesResource(location = "The new inventory item.")
    @ProblemResponse(status = 409, description = "The SKU is taken.")
    public Mono<ResponseEntity<ItemView>> create(@Valid @RequestBody CreateItemRequest request) {
        return Mono.defer(() -> items.create(ItemRequests.details(request), ItemRequests.openingQuantity(request.quantity())))
                .map(item -> ResponseEntity.created(URI.create("/api/inventory/" + item.id())).body(ItemView.of(item)));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.ANY_DESIGNER)
    @Operation(operationId = "getInventoryItem", summary = "Get an inventory item")
    public Mono<ItemView> get(@PathVariable UUID id) {
        return viewForCaller().flatMap(view -> items.get(id).map(view));
    }

    @GetMapping
    @PreAuthorize(Roles.ANY_DESIGNER)
    @Operation(operationId = "listInventoryItems", summary = "List inventory items")
    public Mono<PageResponse<ItemView>> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) BigDecimal minPrice,
            @RequestParam(required = false) BigDecimal maxPrice,
            @RequestParam(required = false) Boolean lowStock,
            @SortableBy(value = {"name", "quantity", "price", "createdAt"}, defaultSort = "createdAt,desc") PageQuery page) {
        // Juniors see no prices, so they may not narrow or order a list by them either (403 before any 400).
        return CurrentUser.requireSeesMoney("minPrice", minPrice != null)
                .then(CurrentUser.requireSeesMoney("maxPrice", maxPrice != null))
                .then(CurrentUser.requireSeesMoney("sort", page.sort().getOrderFor("price") != null))
                .then(Mono.fromRunnable(() -> {
                    if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
                        throw new ValidationFailedException("maxPrice", "must not be below minPrice");
                    }
                }))
                .then(viewForCaller())
                .flatMap(view -> items.list(new ItemFilter(q, category, minPrice, maxPrice, lowStock), page)
                        .map(result -> result.map(view)));
    }

    /** Lead designers see an item's price; junior designers get the key left out. */
    private static Mono<Function<InventoryItem, ItemView>> viewForCaller() {
        return CurrentUser.seesMoney()
                .map(seesPrices -> seesPrices ? ItemView::of : item -> ItemView.of(item).withoutPrice());
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "replaceInventoryItem", summary = "Replace an inventory item")
    @ProblemResponse(status = 409, description = "The version is not the current one (currentVersion), or the SKU is taken.")
    public Mono<ItemView> replace(@PathVariable UUID id, @Valid @RequestBody ReplaceItemRequest request) {
        return Mono.defer(() -> items.update(id, ItemRequests.details(request), request.version(), request.quantity()))
                .map(ItemView::of);
    }

    @PatchMapping("/{id}")
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "patchInventoryItem", summary = "Change some of an inventory item")
    @ProblemResponse(status = 409, description = "The version is not the current one (currentVersion), or the SKU is taken.")
    public Mono<ItemView> patch(@PathVariable UUID id, @Valid @RequestBody PatchItemRequest request) {
        return items.get(id)
                .flatMap(current -> items.update(id, ItemRequests.details(current, request), request.version(),
                        request.quantity()))
                .map(ItemView::of);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteInventoryItem", summary = "Delete an inventory item")
    @ProblemResponse(status = 409, description = "The item is still reserved by orders.")
    public Mono<Void> delete(@PathVariable UUID id) {
        return items.delete(id);
    }
}
