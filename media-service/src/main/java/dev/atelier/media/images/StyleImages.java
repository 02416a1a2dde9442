package dev.atelier.media.images;

import dev.atelier.media.MediaProperties;
import dev.atelier.media.images.domain.StyleImage;
import dev.atelier.media.images.persistence.StyleImageRepository;
import dev.atelier.media.storage.ObjectStore;
import dev.atelier.media.storage.PresignedUrl;
import dev.atelier.media.storage.StoredObject;
import dev.atelier.platform.error.ConflictException;
import dev.atelier.platform.error.NotFoundException;
import dev.atelier.platform.security.CurrentUser;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reading, describing and (soft) deleting style images; a deleted image is not found here. */
@Service
public class StyleImages {

    public static final String RESOURCE = "style image";

    private static final Logger log = LoggerFactory.getLogger(StyleImages.class);

    private final StyleImageRepository images;
    private final ObjectStore objects;
    private final MediaProperties properties;
    private final Clock clock;

    public StyleImages(StyleImageRepository images, ObjectStore objects, MediaProperties properties, Clock clock) {
        this.clock = clock;
        this.images = images;
        this.objects = objects;
        this.properties = properties;
    }

    public Mono<StyleImage> get(UUID id) {
        return images.findActive(id).switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id)));
    }

    public Mono<PageResponse<StyleImage>> list(@Nullable UUID orderId, @Nullable UUID customerId, PageQuery page) {
        return PageResponse.of(images.findActive(orderId, customerId, page), images.countActive(orderId, customerId), page);
    }

    /** The image's bytes; 404 when the row is there but its object is not (logged: it should never happen). */
    public Mono<StoredObject> content(StyleImage image) {
        return stored(image, image.objectKey());
    }

    /** The thumbnail's bytes; 404 for images without one (types this service cannot decode). */
    public Mono<StoredObject> thumbnail(StyleImage image) {
        if (image.thumbnailKey() == null) {
            return Mono.error(new NotFoundException("thumbnail of style image", image.id()));
        }
        return stored(image, image.thumbnailKey());
    }

    public PresignedUrl presignedContentUrl(StyleImage image) {
        return objects.presignGet(image.objectKey(), image.contentType(), properties.presignTtl());
    }

    /** Sets the description if the image is still at {@code version}; 409 when someone changed it meanwhile. */
    public Mono<StyleImage> describe(UUID id, @Nullable String description, long version) {
        return images.updateDescription(id, description, version)
                .flatMap(updated -> updated > 0 ? get(id)
                        : get(id).flatMap(current -> Mono.error(new ConflictException(
                                "The style image is at version " + current.version() + ", not " + version
                                        + "; reload it and try again.",
                                Map.of("currentVersion", current.version())))));
    }

    /** Marks the image deleted now, by the caller; its row and objects stay until the purge. */
    public Mono<Void> delete(UUID id) {
        return CurrentUser.name()
                .flatMap(user -> images.softDelete(id, clock.instant(), user))
                .flatMap(deleted -> deleted > 0 ? Mono.<Void>empty() : Mono.error(new NotFoundException(RESOURCE, id)));
    }

    private Mono<StoredObject> stored(StyleImage image, String key) {
        return objects.get(key).switchIfEmpty(Mono.defer(() -> {
            log.error("Style image {} has a row but no object {}", image.id(), key);
            return Mono.error(new NotFoundException(RESOURCE, image.id()));
        }));
    }
}
