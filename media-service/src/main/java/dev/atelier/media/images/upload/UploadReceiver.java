package dev.atelier.media.images.upload;

import dev.atelier.media.images.domain.ImageType;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.FormPartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a multipart upload as it streams in: form fields into memory (they are small, Spring bounds
 * them), the file part chunk by chunk into a temporary file, counting its bytes against the limit and
 * hashing them on the way. An upload over the limit fails as soon as the limit is passed, so
 * the service never holds a file whole, in memory or on disk. The body itself is bounded too, on
 * this service's own port and not only behind the gateway: at most {@code maxParts} parts, and
 * every part, even one that is only drained, at most {@code maxPartBytes}.
 */
final class UploadReceiver {

    private final long maxBytes;

    private final int maxParts;

    private final long maxPartBytes;

    UploadReceiver(long maxBytes, int maxParts, long maxPartBytes) {
        this.maxBytes = maxBytes;
        this.maxParts = maxParts;
        this.maxPartBytes = maxPartBytes;
    }

    /** Reads every part; the file (if any) goes to {@code target}. */
    Mono<ReceivedUpload> receive(Flux<PartEvent> parts, Path target) {
        ReceivedUpload upload = new ReceivedUpload();
        return parts.windowUntil(PartEvent::isLast)
                .index()
                .concatMap(indexed -> indexed.getT1() >= maxParts
                        ? Mono.error(UploadTooLargeException.tooManyParts(maxParts))
                        : receivePart(indexed.getT2(), upload, target))
                .then(Mono.fromSupplier(() -> upload));
    }

    private Mono<Void> receivePart(Flux<PartEvent> part, ReceivedUpload upload, Path target) {
        return part.switchOnFirst((first, events) -> {
                    if (!first.hasValue()) {
                        return events.then();
                    }
                    PartEvent event = first.get();
                    if (event.headers().getContentDisposition().getName() == null) {
                        // a part without a name (PartEvent.name() would throw) is nobody's field: drained and ignored
                        return drain(events, "(unnamed)");
                    }
                    if (event instanceof FilePartEvent file && StyleImageUploads.FILE_PART.equals(file.name())
                            && !upload.hasFile()) {
                        return receiveFile(file.filename(), events.map(PartEvent::content), target).doOnNext(upload::file).then();
                    }
                    if (event instanceof FormPartEvent field) {
                        upload.field(field.name(), field.value());
                    } else if (event instanceof FilePartEvent file && StyleImageUploads.FILE_PART.equals(file.name())) {
                        upload.fileProblems().add("only one file per upload");
                    }
                    return drain(events, event.name());
                }).then();
    }

    /** Releases a part nobody keeps, still counting it: an ignored part is no way around the limits. */
    private Mono<Void> drain(Flux<PartEvent> events, String name) {
        long[] seen = {0};
        return events.handle((event, sink) -> {
                    seen[0] += event.content().readableByteCount();
                    DataBufferUtils.release(event.content());
                    if (seen[0] > maxPartBytes) {
                        sink.error(UploadTooLargeException.partTooLarge(name, maxPartBytes));
                    }
                }).then();
    }

    private Mono<ReceivedFile> receiveFile(String clientFileName, Flux<DataBuffer> content, Path target) {
        FileTally tally = new FileTally(maxBytes);
        Flux<DataBuffer> counted = content.handle((buffer, sink) -> {
            if (!tally.add(buffer)) {
                DataBufferUtils.release(buffer);
                sink.error(UploadTooLargeException.fileBytes(maxBytes));
                return;
            }
            sink.next(buffer);
        });
        return DataBufferUtils.write(counted, target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)
                .then(Mono.fromSupplier(() -> new ReceivedFile(target, tally.size, tally.sha256(), tally.header(), clientFileName)));
    }

    /** Size, SHA-256 and first bytes of a file, chunk by chunk. */
    private static final class FileTally {

        private final long maxBytes;
        private final MessageDigest digest;
        private final byte[] header = new byte[ImageType.HEADER_LENGTH];
        private int headerLength;
        private long size;

        FileTally(long maxBytes) {
            this.maxBytes = maxBytes;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }

        /** Counts and hashes the chunk; false when it takes the file past the limit. */
        boolean add(DataBuffer buffer) {
            size += buffer.readableByteCount();
            if (size > maxBytes) {
                return false;
            }
            try (DataBuffer.ByteBufferIterator chunks = buffer.readableByteBuffers()) {
                while (chunks.hasNext()) {
                    ByteBuffer chunk = chunks.next();
                    if (headerLength < header.length) {
                        ByteBuffer start = chunk.duplicate();
                        int take = Math.min(header.length - headerLength, start.remaining());
                        start.get(header, headerLength, take);
                        headerLength += take;
                    }
                    digest.update(chunk.duplicate());
                }
            }
            return true;
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }

        byte[] header() {
            return Arrays.copyOf(header, headerLength);
        }
    }
}
