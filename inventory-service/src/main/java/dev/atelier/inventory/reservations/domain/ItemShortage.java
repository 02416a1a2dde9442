package dev.atelier.inventory.reservations.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** An order wants {@code requested} of an item but could hold at most {@code available} (0 for an unknown item). */
public record ItemShortage(UUID itemId, BigDecimal requested, BigDecimal available) {
}
