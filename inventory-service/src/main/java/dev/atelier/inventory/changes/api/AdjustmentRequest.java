package dev.atelier.inventory.changes.api;

import dev.atelier.inventory.changes.domain.StockChangeReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/inventory/{id}/adjustments}: {@code RESTOCKED} with a positive delta, or
 * {@code ADJUSTED} (a correction after a count, damage or loss) with a non-zero delta of either sign.
 */
public record AdjustmentRequest(@NotNull BigDecimal delta, @NotNull StockChangeReason reason,
        @Size(max = 500) @Nullable String note) {
}
