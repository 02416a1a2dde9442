package dev.atelier.media.images.upload;

import org.jspecify.annotations.Nullable;

/** What decoding told about an image; all empty for types this service does not decode. */
record ImageInspection(@Nullable Integer width, @Nullable Integer height, @Nullable Thumbnail thumbnail) {

    static final ImageInspection NOT_DECODED = new ImageInspection(null, null, null);
}
