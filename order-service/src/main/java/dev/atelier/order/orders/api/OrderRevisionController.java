package dev.atelier.order.orders.api;

import dev.atelier.order.orders.OrderChanges;
import dev.atelier.platform.openapi.MergePatchBody;
import dev.atelier.platform.openapi.ProblemResponse;
import dev.atelier.platform.security.Roles;
import dev.atelier.platform.web.JsonMergePatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code PUT}, {@code PATCH} and {@code DELETE /api/orders/{id}}: lead designers change an order's
 * terms (what may change in which status: the {@link dev.atelier.order.orders.domain.Order} aggregate)
 * and delete PENDING orders; anything later is cancelled through the status instead.
 */
@RestController
@Tag(name = "Orders", description = "Orders of customers: terms, status, timeline.")
@RequestMapping("/api/orders")
public class OrderRevisionController {

    private final OrderChanges changes;
    private final JsonMergePatch mergePatch;

    OrderRevisionController(OrderChanges changes, JsonMergePatch mergePatch) {
        this.changes = changes;
        this.mergePatch = mergePatch;
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "replaceOrder", summary = "Replace an order's terms")
    @ProblemResponse(status = 409, description = "The version is not the current one (currentVersion), or the order can no longer change.")
    @ProblemResponse(status = 422, description = "The customer is unknown or archived (customerId), or the measurement set is unknown or another customer's (measurementId).")
    @ProblemResponse(status = 502, description = "A service the order depends on answered in a way it never should (a bad gateway).")
    @ProblemResponse(status = 503, description = "A service the order depends on (customers, inventory) is unavailable.")
    public Mono<OrderView> replace(@PathVariable UUID id, @Valid @RequestBody OrderUpdateRequest request) {
        return changes.reviseTerms(id, current -> request.revision(current.customerId())).map(OrderView::of);
    }

    @PatchMapping(path = "/{id}", consumes = { JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "patchOrder", summary = "Change some of an order's terms")
    @MergePatchBody(OrderPatch.class)
    @ProblemResponse(status = 409, description = "The version is not the current one (currentVersion), or the order can no longer change.")
    @ProblemResponse(status = 422, description = "The customer is unknown or archived (customerId), or the measurement set is unknown or another customer's (measurementId).")
    @ProblemResponse(status = 502, description = "A service the order depends on answered in a way it never should (a bad gateway).")
    @ProblemResponse(status = 503, description = "A service the order depends on (customers, inventory) is unavailable.")
    @ProblemResponse(status = 415, description = "The body is not merge-patch or plain JSON.")
    public Mono<OrderView> patch(@PathVariable UUID id, @RequestBody JsonNode patch) {
        // One read: the patch merges over the order the change is then computed from.
        return changes.reviseTerms(id, current -> mergePatch
                        .apply(OrderUpdateRequest.of(current), patch, OrderUpdateRequest.class)
                        .revision(current.customerId()))
                .map(OrderView::of);
    }

    /** {@code ?version=} (optional) guards against deleting an order someone changed meanwhile. */
    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteOrder", summary = "Delete an order")
    @ProblemResponse(status = 409, description = "The version is not the current one (currentVersion), or the order can no longer change.")
    public Mono<Void> delete(@PathVariable UUID id, @RequestParam(required = false) Long version) {
        return changes.delete(id, version);
    }

}
