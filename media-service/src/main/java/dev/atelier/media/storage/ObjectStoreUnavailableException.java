package dev.atelier.media.storage;

import dev.atelier.platform.error.ServiceUnavailableException;

/** The object store refused or did not answer: 503 naming it, so clients retry later. */
public class ObjectStoreUnavailableException extends ServiceUnavailableException {

    public static final String NAME = "object-store";

    public ObjectStoreUnavailableException(Throwable cause) {
        super(NAME, cause);
    }
}
