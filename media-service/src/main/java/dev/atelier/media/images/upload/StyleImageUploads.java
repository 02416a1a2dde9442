package dev.atelier.media.images.upload;

import dev.atelier.media.MediaProperties;
import dev.atelier.media.images.domain.ImageType;
import dev.atelier.media.images.domain.StyleImage;
import dev.atelier.media.images.domain.UploadFileName;
import dev.atelier.media.images.persistence.StyleImageRepository;
import dev.atelier.media.orders.OrderDirectory;
import dev.atelier.media.storage.ObjectStore;
import dev.atelier.platform.domain.Ids;
import dev.atelier.platform.error.FieldProblem;
import dev.atelier.platform.error.UnusableReferenceException;
import dev.atelier.platform.error.ValidationFailedException;
import dev.atelier.platform.security.CurrentUser;
import dev.atelier.platform.text.StorableText;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An upload from the first byte to the stored image: stream the file to a temporary file (size
 * limit, SHA-256), check the form, tell the type by the bytes, ask order-service for the order,
 * decode for size and thumbnail, then store the objects and only then the row. Whatever fails
 * leaves nothing behind: no row without its objects, no object without its row.
 */
@Service
public class StyleImageUploads {

    public static final String FILE_PART = "file";
    static final int MAX_DESCRIPTION = 2000;

    private static final Logger log = LoggerFactory.getLogger(StyleImageUploads.class);

    private final UploadReceiver receiver;
    private final OrderDirectory orders;
    private final ImageInspector inspector;
    private final ObjectStore objects;
    private final StyleImageRepository images;
    private final Counter stored;
    private final Clock clock;

    public StyleImageUploads(MediaProperties properties, OrderDirectory orders, ImageInspector inspector, ObjectStore objects,
            StyleImageRepository images, MeterRegistry meters, Clock clock) {
        this.clock = clock;
        this.stored = Counter.builder("atelier.images.stored").description("Style images stored").register(meters);
        this.receiver = new UploadReceiver(properties.maxUpload().toBytes(), properties.maxParts(), properties.maxPartBytes());
        this.orders = orders;
        this.inspector = inspector;
        this.objects = objects;
        this.images = images;
    }

    public Mono<StyleImage> upload(Flux<PartEvent> parts) {
        return Mono.usingWhen(temporaryFile(),
                file -> receiver.receive(parts, file).flatMap(this::store),
                StyleImageUploads::deleteQuietly);
    }

    private Mono<StyleImage> store(ReceivedUpload upload) {
        Checked form = check(upload);
        ReceivedFile file = form.file();
        ImageType type = ImageType.sniff(file.header()).orElseThrow(() -> new UnsupportedImageException(
                "The file is not a JPEG, PNG, WebP or HEIC image (judged by its bytes, not its name)."));
        return orders.find(form.orderId())
                .switchIfEmpty(Mono.error(() -> new UnusableReferenceException("orderId", "no such order",
                        "There is no order " + form.orderId() + ".")))
                .flatMap(order -> inspector.inspect(file.path(), type)
                        .zipWith(CurrentUser.name())
                        .map(inspectedBy -> {
                            ImageInspection inspection = inspectedBy.getT1();
                            UUID id = Ids.newId();
                            return new Upload(new StyleImage(id, order.id(), order.customerId(), StyleImage.originalKey(id),
                                    inspection.thumbnail() != null ? StyleImage.thumbnailKey(id) : null, type.mediaType(),
                                    file.size(), file.sha256(), inspection.width(), inspection.height(),
                                    UploadFileName.sanitize(file.clientFileName()).orElse(null), form.description(),
                                    clock.instant(), inspectedBy.getT2(), null, null, 0),
                                    file.path(), inspection.thumbnail());
                        }))
                // Once storing starts it runs to the end even if the client goes away, so a cancel
                // can never cut it between the objects and the row.
                .flatMap(prepared -> Mono.fromFuture(save(prepared).toFuture(), true));
    }

    private Mono<StyleImage> save(Upload upload) {
        StyleImage image = upload.image();
        Mono<Void> thumbnail = upload.thumbnail() == null ? Mono.empty()
                : objects.put(image.thumbnailKey(), upload.thumbnail().contentType(), upload.thumbnail().bytes());
        return objects.put(image.objectKey(), image.contentType(), upload.file())
                .then(thumbnail)
                .then(Mono.defer(() -> images.insert(image)))
                .doOnSuccess(inserted -> stored.increment())
                .thenReturn(image)
                .onErrorResume(failure -> removeObjects(image).then(Mono.error(failure)));
    }

    /** Best effort: the object may never have been written; a failure here is logged with the keys to remove by hand. */
    private Mono<Void> removeObjects(StyleImage image) {
        List<String> keys = new ArrayList<>(List.of(image.objectKey()));
        if (image.thumbnailKey() != null) {
            keys.add(image.thumbnailKey());
        }
        return Flux.fromIterable(keys)
                .concatMap(key -> objects.delete(key).onErrorResume(e -> {
                    log.error("Could not remove object {} of an upload that failed; remove it by hand: {}", key, e.toString());
                    return Mono.empty();
                }))
                .then();
    }

    private static Checked check(ReceivedUpload upload) {
        List<FieldProblem> problems = new ArrayList<>();
        UUID orderId = null;
        String orderText = upload.orderId();
        if (orderText == null || orderText.isBlank()) {
            problems.add(new FieldProblem("orderId", "is required"));
        } else {
            try {
                orderId = UUID.fromString(orderText.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("orderId", "must be a UUID"));
            }
        }
        String description = upload.description() == null || upload.description().isBlank() ? null : upload.description().strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        String unstorable = StorableText.problem(description);
        if (unstorable != null) {
            // a form field is not JSON, so the platform's check while reading JSON does not see it
            problems.add(new FieldProblem("description", unstorable));
        }
        upload.fileProblems().forEach(message -> problems.add(new FieldProblem(FILE_PART, message)));
        ReceivedFile file = upload.file();
        if (file == null && upload.fileProblems().isEmpty()) {
            problems.add(new FieldProblem(FILE_PART, "is required: the image as a file part named 'file'"));
        } else if (file != null && file.size() == 0) {
            problems.add(new FieldProblem(FILE_PART, "is empty"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return new Checked(orderId, description, file);
    }

    private static Mono<Path> temporaryFile() {
        return Mono.fromCallable(() -> Files.createTempFile("style-image-", ".upload"))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static Mono<Void> deleteQuietly(Path file) {
        return Mono.<Void>fromRunnable(() -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete temporary upload {}: {}", file, e.toString());
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private record Checked(UUID orderId, @Nullable String description, ReceivedFile file) {
    }

    private record Upload(StyleImage image, Path file, @Nullable Thumbnail thumbnail) {
    }
}
