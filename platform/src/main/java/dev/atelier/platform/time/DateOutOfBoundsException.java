package dev.atelier.platform.time;

import dev.atelier.platform.domain.InvalidValueException;

/**
 * A date or time outside {@link DateBounds}. It is an {@link InvalidValueException}, so wherever it is
 * thrown (a body being read, a query parameter converted, a service's own check) the answer is a 400
 * naming the field.
 */
public final class DateOutOfBoundsException extends InvalidValueException {

    public DateOutOfBoundsException(String field) {
        super(field, DateBounds.MESSAGE);
    }
}
