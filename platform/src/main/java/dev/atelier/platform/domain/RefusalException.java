package dev.atelier.platform.domain;

import java.util.Map;

/**
 * What was asked is well-formed, but the current state refuses it (a move the workflow does not
 * allow, more stock than is available): the API answers 409 with the message as its detail and
 * {@link #properties()} naming what would have been allowed.
 */
public abstract class RefusalException extends RuntimeException {

    protected RefusalException(String message) {
        super(message);
    }

    /** What the client may do instead, e.g. {@code allowedMoves}; JSON values, in the order to show them. */
    public abstract Map<String, Object> properties();
}
