package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakDistributionTest {

    @TempDir
    Path temp;

    @Test
    void unpacks_once_without_the_top_folder_and_makes_the_scripts_executable() throws IOException {
        Path zip = zip("kc.zip", Map.of("keycloak-9.9.9/bin/kc.sh", "#!/bin/sh\n", "keycloak-9.9.9/lib/quarkus-run.jar", "jar"));
        Path cache = temp.resolve("cache");

        KeycloakDistribution first = KeycloakDistribution.unpacked(zip, "9.9.9", cache);

        assertThat(first.home()).isEqualTo(cache.resolve("keycloak-9.9.9"));
        assertThat(first.kcScript()).isExecutable();
        Files.writeString(first.home().resolve("lib/built-here"), "the build step's output");
        Files.delete(zip); // the second call must not need the zip again
        KeycloakDistribution second = KeycloakDistribution.unpacked(zip, "9.9.9", cache);
        assertThat(second.home().resolve("lib/built-here")).exists();
        assertThat(leftovers(cache)).isEmpty();
    }

    @Test
    void a_broken_archive_leaves_no_folder_that_looks_unpacked() throws IOException {
        Path zip = zip("broken.zip", Map.of("keycloak-9.9.9/README.md", "no server in here"));
        Path cache = temp.resolve("cache");

        assertThatThrownBy(() -> KeycloakDistribution.unpacked(zip, "9.9.9", cache))
                .isInstanceOf(InfraException.class)
                .hasMessageContaining("does not look like a Keycloak distribution");
        assertThat(cache.resolve("keycloak-9.9.9")).doesNotExist();
        assertThat(leftovers(cache)).isEmpty();
    }

    @Test
    void an_interrupted_unpack_is_not_mistaken_for_a_good_one() throws IOException {
        Path cache = temp.resolve("cache");
        Files.createDirectories(cache.resolve(".keycloak-9.9.9.unpacking-123/bin"));
        Path zip = zip("kc.zip", Map.of("keycloak-9.9.9/bin/kc.sh", "#!/bin/sh\n", "keycloak-9.9.9/lib/quarkus-run.jar", "jar"));

        assertThat(KeycloakDistribution.unpacked(zip, "9.9.9", cache).home().resolve("lib/quarkus-run.jar")).exists();
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path zip = temp.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    private static java.util.List<Path> leftovers(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(path -> path.getFileName().toString().contains(".unpacking-")).toList();
        }
    }
}
