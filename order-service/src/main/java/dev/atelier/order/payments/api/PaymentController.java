package dev.atelier.order.payments.api;

import dev.atelier.order.payments.Payments;
import dev.atelier.order.payments.domain.Payment;
import dev.atelier.order.payments.domain.PaymentKind;
import dev.atelier.platform.domain.Money;
import dev.atelier.platform.openapi.CreatesResource;
import dev.atelier.platform.openapi.ProblemResponse;
import dev.atelier.platform.security.Roles;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import dev.atelier.platform.web.SortableBy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/orders/{id}/payments}: money is the lead designer's business only, reading included. */
@RestController
@Tag(name = "Payments", description = "Deposits, payments and refunds of an order.")
@RequestMapping("/api/orders/{orderId}/payments")
public class PaymentController {

    private final Payments payments;

    public PaymentController(Payments payments) {
        this.payments = payments;
    }

    @PostMapping
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "recordPayment", summary = "Record a payment or refund")
    @CreatesResource(location = "The new payment.")
    @ProblemResponse(status = 409, description = "The payment is refused (e.g. more than the balance due).")
    public Mono<ResponseEntity<RecordedPaymentView>> record(@PathVariable UUID orderId,
            @Valid @RequestBody PaymentRequest request) {
        return Mono.fromSupplier(() -> terms(request))
                .flatMap(terms -> payments.record(orderId, terms))
                .map(recorded -> ResponseEntity
                        .created(URI.create("/api/orders/" + orderId + "/payments/" + recorded.payment().id()))
                        .body(RecordedPaymentView.of(recorded)));
    }

    @GetMapping
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "listPayments", summary = "List an order's payments")
    public Mono<PageResponse<PaymentView>> list(@PathVariable UUID orderId,
            @SortableBy(value = {"paidAt", "recordedAt"}, defaultSort = "paidAt,desc") PageQuery page) {
        return payments.list(orderId, page).map(result -> result.map(PaymentView::of));
    }

    @GetMapping("/{paymentId}")
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "getPayment", summary = "Get a payment")
    public Mono<PaymentView> get(@PathVariable UUID orderId, @PathVariable UUID paymentId) {
        return payments.get(orderId, paymentId).map(PaymentView::of);
    }

    private static Payment.Terms terms(PaymentRequest request) {
        return new Payment.Terms(request.kind() == null ? PaymentKind.PAYMENT : request.kind(),
                Money.of(request.amount().amount(), request.amount().currency(), "amount"), request.method(),
                request.paidAt(), request.note());
    }
}
