package dev.atelier.order.payments.api;

import dev.atelier.order.payments.domain.PaymentKind;
import dev.atelier.order.payments.domain.PaymentMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/orders/{id}/payments}: {@code kind} PAYMENT (default) or REFUND, the amount in
 * the order's currency, how it was paid, when (default now) and a note.
 */
public record PaymentRequest(@Nullable PaymentKind kind, @NotNull @Valid Amount amount, @NotNull PaymentMethod method,
        @Nullable Instant paidAt, @Size(max = 2000) @Nullable String note) {

    /** {@code {"amount": 100.00, "currency": "EUR"}}. */
    @Schema(name = "PaymentAmount")
    public record Amount(@NotNull BigDecimal amount, @NotBlank String currency) {
    }
}
