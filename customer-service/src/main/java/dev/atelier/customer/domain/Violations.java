package dev.atelier.customer.domain;

import java.util.ArrayList;
import java.util.List;

import dev.atelier.platform.domain.InvalidValueException;

/**
 * Collects the broken rules of one input so the client learns about all of them in one answer.
 * They leave as the platform's {@link InvalidValueException}: the first one, carrying the others
 * as suppressed exceptions ({@link #of} reads them back), so no type of our own is needed.
 */
public final class Violations {

    private final List<InvalidValueException> found = new ArrayList<>();

    public void add(String field, String message) {
        this.found.add(new InvalidValueException(field, message));
    }

    /** Throws when anything was found. */
    public void throwIfAny() {
        if (this.found.isEmpty()) {
            return;
        }
        InvalidValueException first = this.found.getFirst();
        this.found.stream().skip(1).forEach(first::addSuppressed);
        throw first;
    }

    /** Every broken rule {@code refusal} reports, itself first. */
    public static List<InvalidValueException> of(InvalidValueException refusal) {
        List<InvalidValueException> all = new ArrayList<>(List.of(refusal));
        for (Throwable suppressed : refusal.getSuppressed()) {
            if (suppressed instanceof InvalidValueException more) {
                all.add(more);
            }
        }
        return all;
    }

    /** Trimmed text, or null when absent or blank; records a violation when longer than {@code max}. */
    public String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            add(field, "must be at most " + max + " characters");
            return null;
        }
        return trimmed;
    }

    /** Trimmed text; records a violation when absent, blank or longer than {@code max}. */
    public String requiredText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return null;
        }
        return optionalText(field, value, max);
    }

}
