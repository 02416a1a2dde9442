package dev.atelier.inventory.items.domain;

import java.math.BigDecimal;

/** The list filters of {@code GET /api/inventory}; a null field does not filter. */
public record ItemFilter(String q, String category, BigDecimal minPrice, BigDecimal maxPrice, Boolean lowStock) {
}
