package dev.atelier.customer.common;

import java.util.List;

/**
 * Input that breaks a domain rule, with every offending field at once. Plain Java: the web layer
 * turns it into the platform's 400 validation problem.
 */
public final class InvalidInput extends RuntimeException {

    /** One broken rule: the JSON path of the field and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.toString(), null, false, false);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInput needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return this.violations;
    }

}
