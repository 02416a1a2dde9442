package dev.atelier.launcher.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The few S3 calls the launcher and the test support need, signed with {@link AwsSignatureV4}
 * against a path-style endpoint (S3Proxy, MinIO). Not a general client: services use the AWS SDK.
 */
public final class S3Client {

    /** An answer: its status and body (for errors, S3's XML). */
    public record Response(int status, byte[] body) {
        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }

        public boolean ok() {
            return status / 100 == 2;
        }
    }

    private final URI endpoint;
    private final AwsSignatureV4 signer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public S3Client(String endpoint, String region, String accessKey, String secretKey) {
        this.endpoint = URI.create(endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint);
        this.signer = new AwsSignatureV4(accessKey, secretKey, region);
    }

    public Response listBuckets() {
        return send("GET", "/", new byte[0], null);
    }

    /** Creates the bucket; true when it was created, false when it already existed (ours). */
    public boolean createBucket(String bucket) {
        Response response = send("PUT", "/" + bucket, new byte[0], null);
        if (response.ok()) {
            return true;
        }
        if (response.status() == 409 && response.text().contains("BucketAlreadyOwnedByYou")) {
            return false;
        }
        throw new InfraException("could not create bucket " + bucket + " at " + endpoint + ": HTTP " + response.status()
                + " " + response.text());
    }

    public Response putObject(String bucket, String key, byte[] content, String contentType) {
        return send("PUT", "/" + bucket + "/" + key, content, contentType);
    }

    public Response getObject(String bucket, String key) {
        return send("GET", "/" + bucket + "/" + key, new byte[0], null);
    }

    public Response send(String method, String path, byte[] body, String contentType) {
        String host = endpoint.getPort() == -1 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
        Map<String, String> headers = contentType == null ? Map.of() : Map.of("content-type", contentType);
        Map<String, String> signed = signer.sign(method, host, path, Map.of(), headers,
                AwsSignatureV4.sha256Hex(body), Instant.now());
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(rawPath(path)))
                .timeout(Duration.ofSeconds(30))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        signed.forEach(request::header);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new InfraException("S3 at " + endpoint + " did not answer " + method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted talking to S3 at " + endpoint, e);
        }
    }

    /** True when the server answers a signed request with these credentials. */
    public boolean accepts() {
        try {
            return listBuckets().ok();
        } catch (InfraException e) {
            return false;
        }
    }

    private static String rawPath(String path) {
        return AwsSignatureV4.canonicalPath(path);
    }
}
