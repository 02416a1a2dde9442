package dev.atelier.customer.measurements.domain;

import dev.atelier.customer.customers.domain.Violations;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The named values of one measurement set: names normalised (trimmed, lower case, spaces and
 * hyphens as underscores: "Upper Arm" is {@code upper_arm}), values positive with at most two
 * decimals and at most the unit's sane maximum. Sorted by name.
 */
public record MeasurementValues(Map<String, BigDecimal> values) {

    public static final int MAX_ENTRIES = 100;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,49}");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

    public MeasurementValues {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Checks {@code raw} (as sent, under the field {@code field}); adds violations and returns null when bad. */
    public static MeasurementValues of(Map<String, BigDecimal> raw, LengthUnit unit, String field, Violations violations) {
        if (raw == null || raw.isEmpty()) {
            violations.add(field, "must have at least one measurement");
            return null;
        }
        if (raw.size() > MAX_ENTRIES) {
            violations.add(field, "must have at most " + MAX_ENTRIES + " measurements");
            return null;
        }
        Map<String, BigDecimal> normalised = new TreeMap<>();
        boolean valid = true;
        for (Map.Entry<String, BigDecimal> entry : raw.entrySet()) {
            String path = field + "." + entry.getKey();
            String name = normaliseName(entry.getKey());
            if (name == null) {
                violations.add(path, "a measurement name must start with a letter and have at most 50 letters, digits"
                        + " or underscores");
                valid = false;
                continue;
            }
            if (normalised.containsKey(name)) {
                violations.add(path, "is the same measurement as another entry (" + name + ")");
                valid = false;
                continue;
            }
            BigDecimal value = entry.getValue();
            String problem = problem(value, unit);
            if (problem != null) {
                violations.add(path, problem);
                valid = false;
                continue;
            }
            normalised.put(name, plain(value));
        }
        return valid ? new MeasurementValues(normalised) : null;
    }

    /** Every value expressed in {@code target}. */
    public MeasurementValues in(LengthUnit from, LengthUnit target) {
        Map<String, BigDecimal> converted = new TreeMap<>();
        this.values.forEach((name, value) -> converted.put(name, from.convert(value, target)));
        return new MeasurementValues(converted);
    }

    static String normaliseName(String raw) {
        if (raw == null) {
            return null;
        }
        String name = SEPARATORS.matcher(raw.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
        return NAME.matcher(name).matches() ? name : null;
    }

    private static String problem(BigDecimal value, LengthUnit unit) {
        if (value == null) {
            return "must be a number";
        }
        if (value.signum() <= 0) {
            return "must be positive";
        }
        if (value.compareTo(unit.maximum()) > 0) {
            return "must be at most " + unit.maximum().toPlainString() + " " + unit.name();
        }
        if (value.stripTrailingZeros().scale() > LengthUnit.SCALE) {
            return "must have at most " + LengthUnit.SCALE + " decimals";
        }
        return null;
    }

    /** 92.50 and 9.25E+1 both become 92.5; 70.00 becomes 70 (never 7E+1). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
    }

}
