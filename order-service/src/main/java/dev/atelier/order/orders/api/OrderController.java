package dev.atelier.order.orders.api;

import dev.atelier.order.orders.Orders;
import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.OrderFilter;
import dev.atelier.order.orders.domain.OrderStatus;
import dev.atelier.order.orders.domain.PaymentStatus;
import dev.atelier.order.orders.domain.StockStatus;
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
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code /api/orders}: lead designers create orders; every designer reads them, juniors without prices. */
@RestController
@Tag(name = "Orders", description = "Orders of customers: terms, status, timeline.")
@RequestMapping("/api/orders")
public class OrderController {

    private final Orders orders;

    public OrderController(Orders orders) {
        this.orders = orders;
    }

    @PostMapping
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "createOrder", summary = "Place an order")
    @CreatesResource(location = "The new order.")
    @ProblemResponse(status = 422, description = "The customer is unknown or archived (customerId), or the measurement set is unknown or another customer's (measurementId).")
    @ProblemResponse(status = 502, description = "A service the order depends on answered in a way it never should (a bad gateway).")
    @ProblemResponse(status = 503, description = "A service the order depends on (customers, inventory) is unavailable.")
    public Mono<ResponseEntity<OrderView>> create(@Valid @RequestBody CreateOrderRequest request) {
        return Mono.fromSupplier(() -> OrderRequests.terms(request))
                .flatMap(orders::create)
                .map(order -> ResponseEntity.created(URI.create("/api/orders/" + order.id())).body(OrderView.of(order)));
    }

    /** Also for notification-service's own account: a customer's message says what the order is. */
    @GetMapping("/{id}")
    @PreAuthorize(Roles.ANY_DESIGNER_OR_NOTIFIER)
    @Operation(operationId = "getOrder", summary = "Get an order")
    public Mono<OrderView> get(@PathVariable UUID id) {
        return viewForCaller().flatMap(view -> orders.get(id).map(view));
    }

    /** Also for notification-service's own account: reminders are for the orders coming due. */
    @GetMapping
    @PreAuthorize(Roles.ANY_DESIGNER_OR_NOTIFIER)
    @Operation(operationId = "listOrders", summary = "List orders")
    public Mono<PageResponse<OrderView>> list(@RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) StockStatus stockStatus,
            @RequestParam(required = false) PaymentStatus paymentStatus,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveryFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveryTo,
            @RequestParam(required = false) Boolean overdue,
            @SortableBy(value = {"createdAt", "deliveryDate"}, defaultSort = "createdAt,desc") PageQuery page) {
        if (page.offset() + page.size() > Orders.MAX_LISTED) {
            throw new ValidationFailedException("page", "a list reaches its first " + Orders.MAX_LISTED
                    + " orders; narrow it with filters (status, customerId, deliveryFrom/deliveryTo, overdue) or"
                    + " reverse the sort");
        }
        if (deliveryFrom != null && deliveryTo != null && deliveryFrom.isAfter(deliveryTo)) {
            throw new ValidationFailedException("deliveryTo", "must not be before deliveryFrom");
        }
        OrderFilter filter = new OrderFilter(status, stockStatus, paymentStatus, customerId, deliveryFrom, deliveryTo,
                overdue);
        // A filter on payment status would let a junior count paid orders without seeing a payment field.
        return CurrentUser.requireSeesMoney("paymentStatus", paymentStatus != null)
                .then(viewForCaller())
                .flatMap(view -> orders.list(filter, page).map(result -> result.map(view)));
    }

    @PatchMapping("/{id}/status")
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "changeOrderStatus", summary = "Move an order to another status")
    @ProblemResponse(status = 409, description = "The move is not allowed from the current status (allowedMoves).")
    public Mono<OrderView> changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChangeRequest request) {
        return orders.changeStatus(id, request.status(), request.note()).map(OrderView::of);
    }

    @GetMapping("/{id}/timeline")
    @PreAuthorize(Roles.ANY_DESIGNER)
    @Operation(operationId = "getOrderTimeline", summary = "List an order's status changes")
    public Flux<StatusChangeView> timeline(@PathVariable UUID id) {
        return orders.timeline(id).map(StatusChangeView::of);
    }

    /** Lead designers see prices, payment status and balance; junior designers get those keys left out. */
    private static Mono<Function<Order, OrderView>> viewForCaller() {
        return CurrentUser.seesMoney()
                .map(seesPrices -> seesPrices ? OrderView::of : order -> OrderView.of(order).withoutPrices());
    }
}
