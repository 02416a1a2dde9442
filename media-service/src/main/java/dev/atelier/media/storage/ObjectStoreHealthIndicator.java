package dev.atelier.media.storage;

import java.time.Duration;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code objectStore} in the health and readiness groups: down while the S3 server does not
 * answer for the bucket, so no upload is routed here that could only fail.
 */
@Component("objectStoreHealthIndicator")
class ObjectStoreHealthIndicator extends AbstractReactiveHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final ObjectStore store;

    ObjectStoreHealthIndicator(ObjectStore store) {
        super("The object store is unreachable");
        this.store = store;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return store.checkBucket().timeout(TIMEOUT).thenReturn(builder.up().build());
    }
}
