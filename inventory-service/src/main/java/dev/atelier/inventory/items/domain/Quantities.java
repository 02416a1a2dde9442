package dev.atelier.inventory.items.domain;

import dev.atelier.platform.domain.InvalidValueException;
import java.math.BigDecimal;

/**
 * Stock quantities are decimals with at most {@value #SCALE} fractional digits (2.5 metres of silk,
 * 12 buttons), below {@code 10^11}, as the {@code numeric(14,3)} columns hold them.
 */
public final class Quantities {

    public static final int SCALE = 3;

    /** Every stored quantity is below this: on hand, reserved, and any sum of them. */
    public static final BigDecimal LIMIT = new BigDecimal("100000000000");

    private Quantities() {
    }

    /** Checks a quantity from outside: at most three decimals, below 10^11, not negative unless allowed. */
    public static BigDecimal check(BigDecimal value, String field, boolean mayBeNegative) {
        if (value == null) {
            throw new InvalidValueException(field, "must not be null");
        }
        if (!mayBeNegative && value.signum() < 0) {
            throw new InvalidValueException(field, "must not be negative");
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidValueException(field, "must have at most " + SCALE + " decimals");
        }
        if (value.abs().compareTo(LIMIT) >= 0) {
            throw new InvalidValueException(field, "must be below 10^11");
        }
        return value.setScale(SCALE);
    }

    /** The shortest exact text of a quantity: 40 rather than 40.000, never 4E+1. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
