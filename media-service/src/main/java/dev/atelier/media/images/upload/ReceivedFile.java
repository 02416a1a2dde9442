package dev.atelier.media.images.upload;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** An uploaded file as it landed on disk: size and SHA-256 counted while it streamed, its first bytes kept for sniffing. */
record ReceivedFile(Path path, long size, String sha256, byte[] header, @Nullable String clientFileName) {
}
