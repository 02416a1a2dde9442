package dev.atelier.platform.event;

import java.math.BigDecimal;
import java.util.UUID;

/** An inventory item an order asked for more of than is available. */
public record Shortage(UUID itemId, BigDecimal requested, BigDecimal available) {}
