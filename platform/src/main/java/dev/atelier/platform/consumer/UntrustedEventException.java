package dev.atelier.platform.consumer;

/**
 * An event whose CloudEvents {@code source} is not the producer the topic belongs to (see
 * {@link TrustedSources}): a forged or misrouted event. It is never applied; it goes to the dead-letter
 * topic at once.
 */
public class UntrustedEventException extends UnprocessableEventException {

    public UntrustedEventException(String message) {
        super(message);
    }
}
