package dev.atelier.inventory.changes.api;

import dev.atelier.inventory.changes.StockChanges;
import dev.atelier.inventory.changes.domain.ChangeFilter;
import dev.atelier.inventory.changes.domain.StockChangeReason;
import dev.atelier.inventory.items.InventoryItems;
import dev.atelier.inventory.items.domain.Quantities;
import dev.atelier.platform.error.ValidationFailedException;
import dev.atelier.platform.openapi.CreatesResource;
import dev.atelier.platform.openapi.ProblemResponse;
import dev.atelier.platform.security.Roles;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import dev.atelier.platform.web.SortableBy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The change log, read-only ({@code /api/inventory/{id}/changes}, {@code /api/inventory-changes}),
 * and hand adjustments, the only HTTP way to change stock.
 */
@RestController
@Tag(name = "Stock changes", description = "The ledger of every change to an item's stock.")
public class StockChangeController {

    private final InventoryItems items;
    private final StockChanges changes;

    public StockChangeController(InventoryItems items, StockChanges changes) {
        this.items = items;
        this.changes = changes;
    }

    @PostMapping("/api/inventory/{id}/adjustments")
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "adjustStock", summary = "Adjust an item's stock")
    @CreatesResource(location = "The recorded stock change.")
    @ProblemResponse(status = 409, description = "The stock would fall below what is reserved or zero.")
    public Mono<ResponseEntity<StockChangeView>> adjust(@PathVariable UUID id,
            @Valid @RequestBody AdjustmentRequest request) {
        return Mono.defer(() -> items.adjust(id, checkedDelta(request), request.reason(), request.note()))
                .map(change -> ResponseEntity.created(URI.create("/api/inventory-changes/" + change.id()))
                        .body(StockChangeView.of(change)));
    }

    @GetMapping("/api/inventory/{id}/changes")
    @PreAuthorize(Roles.ANY_DESIGNER)
    @Operation(operationId = "listItemStockChanges", summary = "List an item's stock changes")
    public Mono<PageResponse<StockChangeView>> itemChanges(@PathVariable UUID id,
            @SortableBy(value = "at", defaultSort = "at,desc") PageQuery page) {
        return changes.ofItem(id, page).map(result -> result.map(StockChangeView::of));
    }

    @GetMapping("/api/inventory-changes")
    @PreAuthorize(Roles.ANY_DESIGNER)
    @Operation(operationId = "listStockChanges", summary = "List stock changes")
    public Mono<PageResponse<StockChangeView>> allChanges(@RequestParam(required = false) UUID itemId,
            @RequestParam(required = false) StockChangeReason reason,
            @RequestParam(required = false) UUID orderId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @SortableBy(value = "at", defaultSort = "at,desc") PageQuery page) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new ValidationFailedException("to", "must be after from");
        }
        return changes.list(new ChangeFilter(itemId, reason, orderId, from, to), page)
                .map(result -> result.map(StockChangeView::of));
    }

    @GetMapping("/api/inventory-changes/{changeId}")
    @PreAuthorize(Roles.ANY_DESIGNER)
    @Operation(operationId = "getStockChange", summary = "Get a stock change")
    public Mono<StockChangeView> change(@PathVariable UUID changeId) {
        return changes.get(changeId).map(StockChangeView::of);
    }

    private static BigDecimal checkedDelta(AdjustmentRequest request) {
        if (!request.reason().isManual()) {
            throw new ValidationFailedException("reason", "must be RESTOCKED or ADJUSTED; "
                    + request.reason() + " is recorded by the service itself");
        }
        BigDecimal delta = Quantities.check(request.delta(), "delta", true);
        if (delta.signum() == 0) {
            throw new ValidationFailedException("delta", "must not be zero");
        }
        if (request.reason() == StockChangeReason.RESTOCKED && delta.signum() < 0) {
            throw new ValidationFailedException("delta", "must be positive for RESTOCKED; use ADJUSTED to correct down");
        }
        return delta;
    }
}
