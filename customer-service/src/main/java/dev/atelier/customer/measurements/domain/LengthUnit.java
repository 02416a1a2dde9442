package dev.atelier.customer.measurements.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * The unit a measurement set is taken in. An inch is exactly 2.54 cm (international yard and
 * pound agreement, 1959); conversion multiplies or divides by that exact decimal and rounds the
 * result to the {@value #SCALE} decimals a measurement is recorded with, half up.
 */
public enum LengthUnit {

    CM(new BigDecimal("500")),
    IN(new BigDecimal("200"));

    /** Decimals a measurement value may have. */
    public static final int SCALE = 2;

    private static final BigDecimal CM_PER_INCH = new BigDecimal("2.54");

    private final BigDecimal maximum;

    LengthUnit(BigDecimal maximum) {
        this.maximum = maximum;
    }

    /** The largest value that still is a human body measurement in this unit (5 m, 200 in). */
    public BigDecimal maximum() {
        return this.maximum;
    }

    public static Optional<LengthUnit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    /** {@code value} in this unit, expressed in {@code target}. */
    public BigDecimal convert(BigDecimal value, LengthUnit target) {
        if (this == target) {
            return value;
        }
        BigDecimal converted = (this == IN) ? value.multiply(CM_PER_INCH).setScale(SCALE, RoundingMode.HALF_UP)
                : value.divide(CM_PER_INCH, SCALE, RoundingMode.HALF_UP);
        return MeasurementValues.plain(converted);
    }

}
