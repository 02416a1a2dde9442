package dev.atelier.media.images.api;

import dev.atelier.media.images.domain.StyleImage;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A style image's metadata as clients see it; object keys stay inside the service. */
public record StyleImageView(UUID id, UUID orderId, UUID customerId, String contentType, long size, String sha256,
        @Nullable Integer width, @Nullable Integer height, boolean hasThumbnail, @Nullable String fileName,
        @Nullable String description, Instant uploadedAt, String uploadedBy, long version) {

    public static StyleImageView of(StyleImage image) {
        return new StyleImageView(image.id(), image.orderId(), image.customerId(), image.contentType(), image.sizeBytes(),
                image.sha256(), image.width(), image.height(), image.thumbnailKey() != null, image.fileName(),
                image.description(), image.uploadedAt(), image.uploadedBy(), image.version());
    }
}
