package dev.atelier.platform.consumer;

/**
 * A handler's refusal that no retry can change (the event asks for something the domain will never
 * allow). The consumer sends the record to the dead-letter topic at once instead of retrying it; after
 * a fix it can be replayed from there.
 */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String message) {
        super(message);
    }

    public UnprocessableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
