package dev.atelier.media.images.api;

import java.net.URI;
import java.time.Instant;

/** A presigned URL to fetch an image's bytes straight from the object store, and when it stops working. */
public record ContentUrlView(URI url, Instant expiresAt) {
}
