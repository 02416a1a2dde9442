package dev.atelier.media.storage;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;

/** An object's length, content type and bytes as the store streams them; subscribe to {@code content} once. */
public record StoredObject(long length, @Nullable String contentType, Flux<DataBuffer> content) {
}
