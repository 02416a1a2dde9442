package dev.atelier.platform.test;

import dev.atelier.servers.S3Server;
import org.springframework.test.context.DynamicPropertyRegistry;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server (S3Proxy on loopback, or MinIO in a container) shared by the tests of
 * one JVM, with credentials enforced and path-style addressing. Buckets are created by the tests
 * that need them ({@link #createBucket(String)}).
 */
public record S3Endpoint(String endpoint, String region, String accessKey, String secretKey) {

    /** Creates the bucket if it does not exist yet; returns its name. */
    public String createBucket(String bucket) {
        try (S3Client client = client()) {
            S3Server.createBucket(client, bucket);
        }
        return bucket;
    }

    /**
     * A new AWS SDK S3 client for checks in tests, configured for this endpoint (path-style, its
     * region and credentials); close it after use. Services build their own client from the
     * properties {@link #registerWith(DynamicPropertyRegistry)} sets.
     */
    public S3Client client() {
        return S3Server.client(endpoint, region, accessKey, secretKey);
    }

    /**
     * Sets {@code atelier.s3.endpoint}, {@code atelier.s3.region}, {@code atelier.s3.access-key},
     * {@code atelier.s3.secret-key} and {@code atelier.s3.path-style-access=true}.
     */
    public void registerWith(DynamicPropertyRegistry registry) {
        registry.add("atelier.s3.endpoint", this::endpoint);
        registry.add("atelier.s3.region", this::region);
        registry.add("atelier.s3.access-key", this::accessKey);
        registry.add("atelier.s3.secret-key", this::secretKey);
        registry.add("atelier.s3.path-style-access", () -> "true");
    }
}
