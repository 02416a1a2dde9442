package dev.atelier.media.images.purge;

import dev.atelier.media.MediaProperties;
import dev.atelier.media.images.domain.StyleImage;
import dev.atelier.media.images.persistence.StyleImageRepository;
import dev.atelier.media.storage.ObjectStore;
import dev.atelier.platform.schedule.PeriodicWork;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Removes images deleted longer than {@code purge-after} ago for good: every {@code purge-interval}
 * their objects first, then their rows. A failure leaves the row, so the next run tries again
 * (deleting an object twice is harmless). Runs as {@link PeriodicWork}.
 */
@Component
public class DeletedImagePurge extends PeriodicWork {

    private static final Logger log = LoggerFactory.getLogger(DeletedImagePurge.class);

    private final StyleImageRepository images;
    private final ObjectStore objects;
    private final MediaProperties properties;
    private final Clock clock;

    public DeletedImagePurge(StyleImageRepository images, ObjectStore objects, MediaProperties properties, Clock clock) {
        super("Style image purge", properties.purgeInterval());
        this.clock = clock;
        this.images = images;
        this.objects = objects;
        this.properties = properties;
    }

    /** Purges images deleted more than {@code retention} ago, one batch; emits how many. */
    public Mono<Long> purgeDeletedBefore(Duration retention) {
        return images.findDeletedBefore(clock.instant().minus(retention), properties.purgeBatchSize())
                .concatMap(image -> purge(image).onErrorResume(e -> {
                    log.warn("Could not purge style image {} yet: {}", image.id(), e.toString());
                    return Mono.just(0L);
                }))
                .reduce(0L, Long::sum)
                .doOnNext(purged -> {
                    if (purged > 0) {
                        log.info("Purged {} style images deleted more than {} ago", purged, retention);
                    }
                });
    }

    private Mono<Long> purge(StyleImage image) {
        Mono<Void> thumbnail = image.thumbnailKey() == null ? Mono.empty() : objects.delete(image.thumbnailKey());
        return objects.delete(image.objectKey()).then(thumbnail).then(images.removeDeleted(image.id()));
    }

    @Override
    protected Mono<Long> runOnce() {
        return purgeDeletedBefore(properties.purgeAfter());
    }
}
