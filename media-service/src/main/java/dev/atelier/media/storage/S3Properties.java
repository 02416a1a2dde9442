package dev.atelier.media.storage;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atelier.s3.*}: where the object store is. Path-style addressing and an explicit endpoint
 * make MinIO and S3Proxy work; for AWS S3 set the region's endpoint (or leave path style on).
 *
 * @param publicEndpoint the endpoint presigned URLs name, when clients reach the store under
 *        another address than this service does (compose, Kubernetes); defaults to {@code endpoint}
 */
@ConfigurationProperties("atelier.s3")
public record S3Properties(URI endpoint, @Nullable URI publicEndpoint, @DefaultValue("us-east-1") String region,
        String accessKey, String secretKey, @DefaultValue("true") boolean pathStyleAccess,
        @DefaultValue("atelier-style-images") String bucket,
        @DefaultValue("5s") Duration connectTimeout, @DefaultValue("60s") Duration readTimeout,
        @DefaultValue("64") int maxConnections) {

    public URI presignEndpoint() {
        return publicEndpoint != null ? publicEndpoint : endpoint;
    }
}
