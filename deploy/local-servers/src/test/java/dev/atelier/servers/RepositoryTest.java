package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryTest {

    @Test
    void is_found_from_a_module_folder(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("identity/realm"));
        Files.writeString(root.resolve(Repository.REALM_FILE), "{}");
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path module = Files.createDirectories(root.resolve("gateway-service/src"));

        Repository repository = Repository.locateFrom(module);

        assertThat(repository.root()).isEqualTo(root.toAbsolutePath().normalize());
        assertThat(repository.realmFile()).exists();
    }

    @Test
    void outside_a_repository_says_what_it_looked_for(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> Repository.locateFrom(elsewhere)).hasMessageContaining(Repository.REALM_FILE);
    }

    @Test
    void this_build_runs_inside_the_repository() {
        assertThat(Repository.locateFrom(Path.of("")).realmFile()).exists();
    }
}
