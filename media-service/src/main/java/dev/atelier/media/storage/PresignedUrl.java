package dev.atelier.media.storage;

import java.net.URI;
import java.time.Instant;

/** A time-limited GET URL straight to the store. */
public record PresignedUrl(URI url, Instant expiresAt) {
}
