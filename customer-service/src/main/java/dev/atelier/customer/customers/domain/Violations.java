package dev.atelier.customer.customers.domain;

import dev.atelier.platform.domain.InvalidValueException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the broken rules of one input so the client learns about all of them in one answer.
 * They leave as one platform {@link InvalidValueException} ({@link InvalidValueException#ofAll}),
 * which the platform answers as a 400 naming every field, so no type of our own is needed.
 * Measurement sets, which belong to a customer, check their details with it too.
 */
public final class Violations {

    private final List<InvalidValueException> found = new ArrayList<>();

    public void add(String field, String message) {
        this.found.add(new InvalidValueException(field, message));
    }

    /** Throws when anything was found. */
    public void throwIfAny() {
        if (!this.found.isEmpty()) {
            throw InvalidValueException.ofAll(this.found);
        }
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
