package dev.atelier.media.storage;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import reactor.util.retry.Retry;

/**
 * Creates the private bucket at start if it is missing. The store may come up a little after this
 * service (compose, Kubernetes), so it is asked a few times; without a bucket the service does not start.
 */
@Component
class BucketAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BucketAtStartup.class);

    private final S3ObjectStore store;

    BucketAtStartup(S3ObjectStore store) {
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        store.ensureBucket()
                .retryWhen(Retry.backoff(5, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(8))
                        .doBeforeRetry(signal -> log.warn("Object store not ready for bucket {}: {}", store.bucket(),
                                signal.failure().getCause() != null ? signal.failure().getCause().getMessage() : signal.failure().getMessage())))
                .block(Duration.ofMinutes(2));
        log.info("Style images go to bucket {}", store.bucket());
    }
}
