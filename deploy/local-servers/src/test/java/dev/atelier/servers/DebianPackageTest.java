package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class DebianPackageTest {

    @Test
    void a_program_on_the_path_is_used_as_it_is() {
        // sh is on every Debian machine; the package name is never asked for when the program is there
        assertThat(new DebianPackage("sh", "no-such-package-atelier").binary())
                .isEqualTo(Command.onPath("sh"))
                .satisfies(path -> assertThat(Files.isExecutable(path)).isTrue());
    }
}
