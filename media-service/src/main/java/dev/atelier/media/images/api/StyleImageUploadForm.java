package dev.atelier.media.images.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The documented multipart form of {@code POST /api/style-images}. The controller streams the parts
 * itself (so a large file is never held in memory); this record only describes them.
 */
@Schema(name = "StyleImageUpload")
public record StyleImageUploadForm(
        @Schema(type = "string", format = "binary", description = "The image: JPEG, PNG, WebP or HEIC.") String file,
        @Schema(description = "The order the image belongs to.") UUID orderId,
        @Schema(description = "What the image shows.", maxLength = 2000) @Nullable String description) {
}
