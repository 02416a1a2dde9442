package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class S3ServerTest {

    @Test
    void s3proxy_stores_files_enforces_credentials_and_listens_on_loopback() {
        String conf = S3Server.configuration(9000, "atelier", "atelier-secret", Path.of("/data/s3/buckets"));

        assertThat(conf.lines()).contains(
                "s3proxy.endpoint=http://127.0.0.1:9000",
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=atelier",
                "s3proxy.credential=atelier-secret",
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=/data/s3/buckets");
    }
}
