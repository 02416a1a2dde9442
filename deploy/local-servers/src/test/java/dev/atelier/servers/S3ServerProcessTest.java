package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.servers.LocalServer.StartOutcome;
import dev.atelier.servers.LocalServer.StopOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** S3Proxy as a separate process on a free loopback port, with credentials enforced. */
class S3ServerProcessTest {

    private static final String BUCKET = "style-images";
    private static final String KEY = "orders/1/sketch.txt";

    @TempDir
    Path dir;

    @Test
    void stores_objects_in_the_bucket_created_at_start_and_refuses_wrong_credentials() {
        S3Server s3 = new S3Server(dir, Ports.freePort(), "test-access", "test-secret", List.of(BUCKET),
                ServerProcess.Mode.CHILD);
        try {
            assertThat(s3.start()).isEqualTo(StartOutcome.STARTED);
            s3.awaitReady(s3.startTimeout());
            assertThat(s3.start()).isEqualTo(StartOutcome.ALREADY_RUNNING);
            assertThat(s3.status().up()).isTrue();
            // S3Proxy runs on its own fat jar: nothing of the launcher's classpath (the AWS SDK) reaches it
            String[] arguments = ProcessHandle.of(s3.status().pid()).orElseThrow().info().arguments().orElseThrow();
            assertThat(arguments).containsSubsequence("-jar", Artifacts.fromBuild().s3proxyJar().toString())
                    .doesNotContain("-cp", "-classpath", "--class-path");

            byte[] content = "a sketch of a silk dress".getBytes(StandardCharsets.UTF_8);
            try (S3Client client = s3.client()) {
                assertThat(client.listBuckets().buckets()).extracting(Bucket::name).containsExactly(BUCKET);
                assertThat(S3Server.createBucket(client, BUCKET)).isFalse();

                client.putObject(put -> put.bucket(BUCKET).key(KEY).contentType("text/plain"), RequestBody.fromBytes(content));
                var read = client.getObjectAsBytes(get -> get.bucket(BUCKET).key(KEY));
                assertThat(read.asByteArray()).isEqualTo(content);
                assertThat(read.response().contentType()).isEqualTo("text/plain");
            }
            assertThat(dir.resolve("buckets").resolve(BUCKET).resolve(KEY)).hasBinaryContent(content);

            try (S3Client wrongSecret = S3Server.client(s3.endpoint(), S3Server.REGION, "test-access", "wrong-secret")) {
                assertThatThrownBy(() -> wrongSecret.getObjectAsBytes(get -> get.bucket(BUCKET).key(KEY)))
                        .isInstanceOfSatisfying(S3Exception.class, refused -> {
                            assertThat(refused.statusCode()).isEqualTo(403);
                            assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
                        });
                assertThatThrownBy(() -> wrongSecret.putObject(put -> put.bucket(BUCKET).key("evil.txt"),
                        RequestBody.fromBytes(content)))
                        .isInstanceOfSatisfying(S3Exception.class, refused -> assertThat(refused.statusCode()).isEqualTo(403));
            }
            assertThat(dir.resolve("buckets").resolve(BUCKET).resolve("evil.txt")).doesNotExist();

            try (S3Client unknownKey = S3Server.client(s3.endpoint(), S3Server.REGION, "nobody", "test-secret")) {
                assertThatThrownBy(unknownKey::listBuckets).isInstanceOfSatisfying(S3Exception.class, refused -> {
                    assertThat(refused.statusCode()).isEqualTo(403);
                    assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("InvalidAccessKeyId");
                });
            }
        } finally {
            s3.stop();
        }
        assertThat(s3.status().up()).isFalse();
        assertThat(s3.stop()).isEqualTo(StopOutcome.NOT_RUNNING);
    }
}
