package dev.atelier.inventory.items.api;

import dev.atelier.inventory.items.domain.StockUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/inventory}; {@code quantity} is the opening stock, logged as CREATED. */
public record CreateItemRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = ItemRequests.SKU_PATTERN, message = ItemRequests.SKU_MESSAGE) String sku,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) @Nullable String description,
        @NotBlank @Size(max = 100) String category,
        @NotNull StockUnit unit,
        @NotNull BigDecimal quantity,
        @NotNull @Valid PriceJson price,
        @Nullable BigDecimal lowStockThreshold) {
}
