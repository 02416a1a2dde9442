package dev.atelier.platform.event;

/**
 * A record that is not a valid Atelier CloudEvent: not JSON, missing or wrong attributes, or
 * {@code data} that does not fit its type's payload. Retrying cannot fix it, so consumers send it
 * straight to the dead-letter topic.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
