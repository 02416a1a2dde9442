package dev.atelier.media.images.api;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code PATCH /api/style-images/{id}}: the new description ({@code null} clears it) and the
 * version the client read, here or as {@code If-Match}.
 */
public record DescribeImageRequest(@Nullable @Size(max = 2000) String description, @Nullable @PositiveOrZero Long version) {
}
