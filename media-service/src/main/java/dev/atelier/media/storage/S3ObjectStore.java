package dev.atelier.media.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;

/** {@link ObjectStore} on the AWS SDK's non-blocking S3 client: every call is a future, never a blocked thread. */
public class S3ObjectStore implements ObjectStore {

    private final S3AsyncClient s3;
    private final S3Presigner presigner;
    private final String bucket;

    public S3ObjectStore(S3AsyncClient s3, S3Presigner presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    public String bucket() {
        return bucket;
    }

    @Override
    public Mono<Void> ensureBucket() {
        return call(() -> s3.headBucket(request -> request.bucket(bucket))).then()
                .onErrorResume(e -> isNotFound(e.getCause()),
                        e -> call(() -> s3.createBucket(request -> request.bucket(bucket)))
                                .then()
                                .onErrorResume(created -> created.getCause() instanceof BucketAlreadyOwnedByYouException,
                                        created -> Mono.empty()));
    }

    @Override
    public Mono<Void> checkBucket() {
        return call(() -> s3.headBucket(request -> request.bucket(bucket))).then();
    }

    @Override
    public Mono<Void> put(String key, String contentType, Path file) {
        return call(() -> s3.putObject(request -> request.bucket(bucket).key(key).contentType(contentType),
                AsyncRequestBody.fromFile(file))).then();
    }

    @Override
    public Mono<Void> put(String key, String contentType, byte[] content) {
        return call(() -> s3.putObject(request -> request.bucket(bucket).key(key).contentType(contentType)
                .contentLength((long) content.length), AsyncRequestBody.fromBytes(content))).then();
    }

    @Override
    public Mono<StoredObject> get(String key) {
        return call(() -> s3.getObject(request -> request.bucket(bucket).key(key), AsyncResponseTransformer.toPublisher()))
                .map(response -> new StoredObject(response.response().contentLength(), response.response().contentType(),
                        Flux.from(response).map(DefaultDataBufferFactory.sharedInstance::wrap)))
                .onErrorResume(e -> e.getCause() instanceof NoSuchKeyException || isNotFound(e.getCause()),
                        e -> Mono.empty());
    }

    @Override
    public Mono<Void> delete(String key) {
        return call(() -> s3.deleteObject(request -> request.bucket(bucket).key(key))).then();
    }

    @Override
    public PresignedUrl presignGet(String key, String contentType, Duration timeToLive) {
        PresignedGetObjectRequest presigned = presigner.presignGetObject(request -> request
                .signatureDuration(timeToLive)
                .getObjectRequest(get -> get.bucket(bucket).key(key).responseContentType(contentType)));
        try {
            return new PresignedUrl(presigned.url().toURI(), presigned.expiration());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("the SDK presigned an invalid URL", e);
        }
    }

    /** Runs an SDK call; its failures become {@link ObjectStoreUnavailableException} with the SDK's exception as cause. */
    private static <T> Mono<T> call(Supplier<CompletableFuture<T>> request) {
        return Mono.fromFuture(request)
                .onErrorMap(e -> e instanceof SdkException, ObjectStoreUnavailableException::new);
    }

    private static boolean isNotFound(Throwable e) {
        return e instanceof S3Exception s3 && s3.statusCode() == 404;
    }
}
