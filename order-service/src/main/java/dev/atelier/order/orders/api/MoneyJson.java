package dev.atelier.order.orders.api;

import dev.atelier.platform.domain.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Money in JSON: {@code {"amount": 450.00, "currency": "EUR"}}. */
@Schema(name = "Money")
public record MoneyJson(@NotNull BigDecimal amount, @NotBlank String currency) {

    public static MoneyJson of(Money money) {
        return money == null ? null : new MoneyJson(money.amount(), money.currency());
    }
}
