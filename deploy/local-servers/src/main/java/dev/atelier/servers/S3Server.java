package dev.atelier.servers;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * An S3-compatible server (S3Proxy over the file system) as a separate JVM on 127.0.0.1, with
 * credentials enforced (AWS signature v2 or v4) and path-style buckets. Objects live as files under
 * {@code buckets/} in the server's folder, so a restart keeps them.
 */
public final class S3Server implements LocalServer {

    public static final String REGION = "us-east-1";

    private final int port;
    private final String accessKey;
    private final String secretKey;
    private final List<String> buckets;
    private final ServerProcess process;

    /**
     * @param dir the server's own folder: {@code s3proxy.conf}, {@code buckets/}, {@code server.log}, {@code server.pid}
     * @param buckets created (if missing) once the server answers
     */
    public S3Server(Path dir, int port, String accessKey, String secretKey, List<String> buckets, ServerProcess.Mode mode) {
        this.port = port;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.buckets = List.copyOf(buckets);
        this.process = new ServerProcess("S3", dir, mode);
    }

    @Override
    public String name() {
        return "S3";
    }

    @Override
    public int port() {
        return port;
    }

    public String endpoint() {
        return "http://" + Ports.LOOPBACK + ":" + port;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    public List<String> buckets() {
        return buckets;
    }

    /** An AWS SDK client for this server with its credentials; the caller closes it. */
    public S3Client client() {
        return client(endpoint(), REGION, accessKey, secretKey);
    }

    /**
     * An AWS SDK S3 client (sync, over the JDK's {@code HttpURLConnection}) for an S3-compatible
     * endpoint such as S3Proxy or MinIO: path-style buckets, static credentials and a fixed region
     * (neither is looked up in the environment, AWS profiles or instance metadata). The caller closes it.
     */
    public static S3Client client(String endpoint, String region, String accessKey, String secretKey) {
        return builder(endpoint, region, accessKey, secretKey).build();
    }

    private static S3ClientBuilder builder(String endpoint, String region, String accessKey, String secretKey) {
        return S3Client.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .forcePathStyle(true)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(30)));
    }

    /** Creates the bucket unless these credentials already own it; true when it was created. */
    public static boolean createBucket(S3Client client, String bucket) {
        try {
            client.createBucket(request -> request.bucket(bucket));
            return true;
        } catch (BucketAlreadyOwnedByYouException e) {
            return false;
        } catch (SdkException e) {
            throw new InfraException("could not create bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    /** True when the server answers a signed request (list buckets) with this server's credentials. */
    boolean accepts() {
        // one attempt: this is a probe, its callers poll
        try (S3Client probe = builder(endpoint(), REGION, accessKey, secretKey)
                .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(5)))
                .build()) {
            probe.listBuckets();
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    @Override
    public Duration startTimeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    public ServerStatus status() {
        return process.status(name(), endpoint(), port, accepts());
    }

    @Override
    public StartOutcome start() {
        if (process.alreadyRunning(name(), port, () -> accepts(), "ATELIER_S3_PORT")) {
            return StartOutcome.ALREADY_RUNNING;
        }
        Jdk jdk = Jdk.forServers();
        Path jar = Artifacts.fromBuild().s3proxyJar();
        Path conf = process.dir().resolve("s3proxy.conf");
        try {
            Files.createDirectories(process.dir().resolve("buckets"));
            Files.writeString(conf, configuration(port, accessKey, secretKey, process.dir().resolve("buckets")));
        } catch (IOException e) {
            throw new InfraException("cannot write " + conf + ": " + e.getMessage(), e);
        }
        process.launch(List.of(jdk.java().toString(), "-Xms64m", "-Xmx256m", "-Djava.awt.headless=true",
                "-jar", jar.toString(), "--properties", conf.toString()), Map.of());
        return StartOutcome.STARTED;
    }

    @Override
    public void awaitReady(Duration timeout) {
        process.awaitReady(this::accepts, timeout, "accepting signed requests at " + endpoint());
        try (S3Client client = client()) {
            buckets.forEach(bucket -> createBucket(client, bucket));
        }
    }

    @Override
    public StopOutcome stop() {
        return process.stop(port);
    }

    /** S3Proxy's configuration: file-system storage, credentials required, loopback only. */
    static String configuration(int port, String accessKey, String secretKey, Path basedir) {
        return String.join(System.lineSeparator(),
                "# Written by the Atelier launcher on every start; edits are overwritten.",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + accessKey,
                "s3proxy.credential=" + secretKey,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + basedir.toAbsolutePath(),
                "jclouds.identity=" + accessKey,
                "jclouds.credential=" + secretKey,
                "");
    }
}
