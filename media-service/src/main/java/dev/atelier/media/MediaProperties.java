package dev.atelier.media;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code atelier.media.*}: what the service accepts and how long it keeps deleted images.
 *
 * @param maxUpload largest image file accepted, counted while it streams in
 * @param maxParts most parts a multipart upload may have (a legal one has three)
 * @param partSizeMargin how far any other part may exceed {@code maxUpload}: the part limit never cuts
 *     in before the file's own (a file of exactly {@code maxUpload} passes), yet no part is unbounded
 * @param maxPixels largest width x height decoded (a guard against decompression bombs)
 * @param thumbnailSize longest side of a thumbnail, in pixels
 * @param decodeThreads threads that decode images for thumbnails (CPU-bound; keep it near the core count)
 * @param decodeQueue decode jobs that may wait for a thread before uploads are refused with 503
 * @param presignTtl how long a presigned URL stays valid
 * @param purgeAfter how long a deleted image's row and objects are kept
 * @param purgeInterval how often the purge looks for images deleted longer ago than {@code purgeAfter}
 */
@ConfigurationProperties("atelier.media")
public record MediaProperties(
        @DefaultValue("10MB") DataSize maxUpload,
        @DefaultValue("10") int maxParts,
        @DefaultValue("64KB") DataSize partSizeMargin,
        @DefaultValue("50000000") long maxPixels,
        @DefaultValue("320") int thumbnailSize,
        @DefaultValue("2") int decodeThreads,
        @DefaultValue("100") int decodeQueue,
        @DefaultValue("5m") Duration presignTtl,
        @DefaultValue("30d") Duration purgeAfter,
        @DefaultValue("1h") Duration purgeInterval,
        @DefaultValue("100") int purgeBatchSize) {

    /** The largest any single part of an upload may be. */
    public long maxPartBytes() {
        return maxUpload.toBytes() + partSizeMargin.toBytes();
    }
}
