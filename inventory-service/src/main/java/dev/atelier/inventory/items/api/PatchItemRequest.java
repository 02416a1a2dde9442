package dev.atelier.inventory.items.api;

import dev.atelier.inventory.items.domain.StockUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * {@code PATCH /api/inventory/{id}}: the fields to change (absent or null leaves a field as it is)
 * and the {@code version} read last. A new {@code quantity} is refused (use adjustments).
 */
public record PatchItemRequest(
        @Size(min = 1, max = 64) @Pattern(regexp = ItemRequests.SKU_PATTERN, message = ItemRequests.SKU_MESSAGE) @Nullable String sku,
        @Size(max = 200) @Pattern(regexp = ItemRequests.NOT_BLANK, message = "must not be blank") @Nullable String name,
        @Size(max = 2000) @Nullable String description,
        @Size(max = 100) @Pattern(regexp = ItemRequests.NOT_BLANK, message = "must not be blank") @Nullable String category,
        @Nullable StockUnit unit,
        @Valid @Nullable PriceJson price,
        @Nullable BigDecimal lowStockThreshold,
        @NotNull Long version,
        @Nullable BigDecimal quantity) {
}
