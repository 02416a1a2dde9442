package dev.atelier.inventory.items.api;

import dev.atelier.platform.domain.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Money in JSON: {@code {"amount": 12.50, "currency": "EUR"}}. */
@Schema(name = "Price")
public record PriceJson(@NotNull BigDecimal amount, @NotBlank String currency) {

    static PriceJson of(Money money) {
        return new PriceJson(money.amount(), money.currency());
    }
}
