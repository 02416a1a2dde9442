package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkTest {

    @Test
    void reads_the_feature_version_from_a_release_file() {
        assertThat(Jdk.parseFeature("IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n")).isEqualTo(25);
        assertThat(Jdk.parseFeature("JAVA_VERSION=\"21\"\n")).isEqualTo(21);
        assertThat(Jdk.parseFeature("JAVA_VERSION=\"17.0.13\"")).isEqualTo(17);
        assertThat(Jdk.parseFeature("JAVA_VERSION=\"1.8.0_392\"")).isEqualTo(8);
        assertThat(Jdk.parseFeature("nothing here")).isZero();
    }

    @Test
    void an_old_jdk_is_refused_with_what_to_do(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"17.0.13\"\n");

        assertThatThrownBy(() -> Jdk.of(home).requireMinimum())
                .isInstanceOf(InfraException.class)
                .hasMessageContaining("JDK 21 or newer")
                .hasMessageContaining("Java 17")
                .hasMessageContaining("ATELIER_JAVA_HOME");
    }

    @Test
    void a_folder_without_java_is_refused(@TempDir Path home) {
        assertThatThrownBy(() -> Jdk.of(home).requireMinimum()).hasMessageContaining("no Java at");
    }

    @Test
    void the_running_jdk_serves_by_default() {
        assertThat(Jdk.forServers().feature()).isGreaterThanOrEqualTo(21);
    }
}
