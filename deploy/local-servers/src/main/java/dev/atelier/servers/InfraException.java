package dev.atelier.servers;

/** Something local infrastructure needs is missing or would not start; the message says what to do. */
public class InfraException extends RuntimeException {

    public InfraException(String message) {
        super(message);
    }

    public InfraException(String message, Throwable cause) {
        super(message, cause);
    }
}
