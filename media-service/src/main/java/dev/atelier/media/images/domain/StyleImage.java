package dev.atelier.media.images.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A style image's metadata; its bytes live in the object store under {@link #objectKey()} and, for
 * decodable types, a thumbnail under {@link #thumbnailKey()}. Deleted images keep their row and
 * objects until the purge.
 */
public record StyleImage(UUID id, UUID orderId, UUID customerId, String objectKey, @Nullable String thumbnailKey,
        String contentType, long sizeBytes, String sha256, @Nullable Integer width, @Nullable Integer height,
        @Nullable String fileName, @Nullable String description, Instant uploadedAt, String uploadedBy,
        @Nullable Instant deletedAt, @Nullable String deletedBy, long version) {

    /** Keys are made from the image's id alone. */
    public static String originalKey(UUID id) {
        return "style-images/" + id + "/original";
    }

    public static String thumbnailKey(UUID id) {
        return "style-images/" + id + "/thumbnail";
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    /** The content's entity tag: its SHA-256, quoted as HTTP wants it. */
    public String contentETag() {
        return "\"" + sha256 + "\"";
    }

    /** The thumbnail is made from the content by fixed code, so the content's hash tags it too. */
    public String thumbnailETag() {
        return "\"" + sha256 + "-thumbnail\"";
    }
}
