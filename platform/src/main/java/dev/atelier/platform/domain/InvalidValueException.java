package dev.atelier.platform.domain;

/** A value broke a domain rule; {@code field} is its JSON path, so the API can name it. */
public class InvalidValueException extends RuntimeException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
