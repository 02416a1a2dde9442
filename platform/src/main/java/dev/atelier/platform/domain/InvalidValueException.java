package dev.atelier.platform.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A value broke a domain rule; {@code field} is its JSON path, so the API can name it. One input
 * may break several rules at once ({@link #ofAll}): the client learns all of them in one answer.
 */
public class InvalidValueException extends RuntimeException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    /**
     * The broken rules of one input as one exception: the first, carrying the others as suppressed
     * exceptions ({@link #all} reads them back). {@code broken} must not be empty.
     */
    public static InvalidValueException ofAll(List<InvalidValueException> broken) {
        InvalidValueException first = broken.getFirst();
        broken.stream().skip(1).forEach(first::addSuppressed);
        return first;
    }

    public String field() {
        return field;
    }

    /** Every broken rule this reports, itself first. */
    public List<InvalidValueException> all() {
        List<InvalidValueException> all = new ArrayList<>(List.of(this));
        for (Throwable suppressed : getSuppressed()) {
            if (suppressed instanceof InvalidValueException more) {
                all.add(more);
            }
        }
        return all;
    }
}
