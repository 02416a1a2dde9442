package dev.atelier.platform.test;

import dev.atelier.launcher.infra.S3Client;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real S3-compatible server (S3Proxy on loopback, or MinIO in a container) shared by the tests of
 * one JVM, with credentials enforced and path-style addressing. Buckets are created by the tests
 * that need them ({@link #createBucket(String)}).
 */
public record S3Endpoint(String endpoint, String region, String accessKey, String secretKey) {

    /** Creates the bucket if it does not exist yet; returns its name. */
    public String createBucket(String bucket) {
        client().createBucket(bucket);
        return bucket;
    }

    /** A minimal signed client for checks in tests (put, get, list); services use their own S3 client. */
    public S3Client client() {
        return new S3Client(endpoint, region, accessKey, secretKey);
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
