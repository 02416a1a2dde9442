package dev.atelier.media.images.upload;

import dev.atelier.media.images.domain.ImageType;
import dev.atelier.platform.error.ServiceUnavailableException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.RejectedExecutionException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Decodes an uploaded image for its width, height and a thumbnail (longest side at most
 * {@code thumbnailSize}), on a small bounded worker pool: decoding is CPU- and memory-heavy and
 * blocking, so it never runs on an event-loop thread, and only a few images decode at once. Large
 * images are subsampled while they are read, so memory stays near the thumbnail's size.
 */
public final class ImageInspector {

    static final String DECODER = "image-decoder";

    private final Scheduler workers;
    private final int thumbnailSize;
    private final long maxPixels;

    public ImageInspector(Scheduler workers, int thumbnailSize, long maxPixels) {
        this.workers = workers;
        this.thumbnailSize = thumbnailSize;
        this.maxPixels = maxPixels;
        ImageIO.setUseCache(false);
        // plugins on the application's class path (WebP) even when ImageIO was first touched elsewhere
        ImageIO.scanForPlugins();
    }

    Mono<ImageInspection> inspect(Path file, ImageType type) {
        if (!type.decodable()) {
            return Mono.just(ImageInspection.NOT_DECODED);
        }
        return Mono.fromCallable(() -> decode(file, type))
                .subscribeOn(workers)
                .onErrorMap(RejectedExecutionException.class, e -> new ServiceUnavailableException(DECODER, e));
    }

    private ImageInspection decode(Path file, ImageType type) {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
            if (input == null || !readers.hasNext()) {
                throw unreadable(type);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw unreadable(type);
                }
                if ((long) width * height > maxPixels) {
                    throw UploadTooLargeException.imagePixels(maxPixels);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / (thumbnailSize * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                return new ImageInspection(width, height, thumbnail(decoded));
            } finally {
                reader.dispose();
            }
        } catch (UploadTooLargeException | UnsupportedImageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // truncated or corrupt data: decoders throw anything from IIOException to index errors
            throw unreadable(type);
        }
    }

    private Thumbnail thumbnail(BufferedImage image) throws IOException {
        double scale = Math.min(1.0, (double) thumbnailSize / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage small = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = small.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        // transparency needs PNG; everything else is smaller as JPEG
        String format = alpha ? "png" : "jpeg";
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        if (!ImageIO.write(small, format, out)) {
            throw new IOException("no " + format + " writer");
        }
        return new Thumbnail(alpha ? "image/png" : "image/jpeg", out.toByteArray());
    }

    private static UnsupportedImageException unreadable(ImageType type) {
        return new UnsupportedImageException("The file starts like " + type.mediaType() + " but is not a readable image.");
    }
}
