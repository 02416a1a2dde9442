package dev.atelier.launcher.infra;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.launcher.infra.LocalServer.StartOutcome;
import dev.atelier.launcher.infra.LocalServer.StopOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** S3Proxy as a separate process on a free loopback port, with credentials enforced. */
class S3ServerProcessTest {

    @TempDir
    Path dir;

    @Test
    void stores_objects_in_the_bucket_created_at_start_and_refuses_a_wrong_secret() {
        S3Server s3 = new S3Server(dir, Ports.freePort(), "test-access", "test-secret", List.of("style-images"),
                ServerProcess.Mode.CHILD);
        try {
            assertThat(s3.start()).isEqualTo(StartOutcome.STARTED);
            s3.awaitReady(s3.startTimeout());
            assertThat(s3.start()).isEqualTo(StartOutcome.ALREADY_RUNNING);
            assertThat(s3.status().up()).isTrue();

            S3Client client = s3.client();
            assertThat(client.listBuckets().text()).contains("<Name>style-images</Name>");
            assertThat(client.createBucket("style-images")).isFalse();

            byte[] content = "a sketch of a silk dress".getBytes(StandardCharsets.UTF_8);
            assertThat(client.putObject("style-images", "orders/1/sketch.txt", content, "text/plain").status()).isEqualTo(200);
            S3Client.Response read = client.getObject("style-images", "orders/1/sketch.txt");
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body()).isEqualTo(content);
            assertThat(dir.resolve("buckets/style-images/orders/1/sketch.txt")).exists();

            S3Client intruder = new S3Client(s3.endpoint(), S3Server.REGION, "test-access", "wrong-secret");
            S3Client.Response refused = intruder.getObject("style-images", "orders/1/sketch.txt");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.text()).contains("SignatureDoesNotMatch");
            assertThat(intruder.putObject("style-images", "evil.txt", content, "text/plain").status()).isEqualTo(403);
            assertThat(new S3Client(s3.endpoint(), S3Server.REGION, "nobody", "test-secret").accepts()).isFalse();
        } finally {
            s3.stop();
        }
        assertThat(s3.status().up()).isFalse();
        assertThat(s3.stop()).isEqualTo(StopOutcome.NOT_RUNNING);
    }
}
