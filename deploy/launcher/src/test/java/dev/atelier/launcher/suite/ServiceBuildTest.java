package dev.atelier.launcher.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.suite.SuiteService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceBuildTest {

    @TempDir
    Path root;

    private final Instant earlier = Instant.parse("2026-11-01T10:00:00Z");
    private final Instant later = Instant.parse("2026-11-02T10:00:00Z");

    @BeforeEach
    void aRepository() throws IOException {
        touch(root.resolve("pom.xml"), earlier);
        touch(root.resolve("platform/pom.xml"), earlier);
        touch(root.resolve("platform/src/main/java/Shared.java"), earlier);
        for (SuiteService service : List.of(SuiteService.CUSTOMER, SuiteService.ORDER)) {
            touch(service.moduleDir(root).resolve("pom.xml"), earlier);
            touch(service.moduleDir(root).resolve("src/main/java/App.java"), earlier);
        }
    }

    @Test
    void a_missing_jar_is_stale() {
        assertThat(new ServiceBuild(root).stale(List.of(SuiteService.CUSTOMER))).containsExactly(SuiteService.CUSTOMER);
    }

    @Test
    void a_jar_newer_than_its_inputs_is_kept() throws IOException {
        touch(SuiteService.CUSTOMER.jar(root), later);
        assertThat(new ServiceBuild(root).stale(List.of(SuiteService.CUSTOMER))).isEmpty();
    }

    @Test
    void a_source_changed_after_the_build_makes_it_stale() throws IOException {
        touch(SuiteService.CUSTOMER.jar(root), later);
        touch(SuiteService.CUSTOMER.moduleDir(root).resolve("src/main/resources/application.yml"), later.plusSeconds(60));
        assertThat(new ServiceBuild(root).stale(List.of(SuiteService.CUSTOMER))).containsExactly(SuiteService.CUSTOMER);
    }

    @Test
    void a_jar_maven_found_up_to_date_after_a_change_counts_as_built_by_its_stamp() throws IOException {
        touch(SuiteService.CUSTOMER.jar(root), earlier);
        touch(root.resolve("pom.xml"), later);
        assertThat(new ServiceBuild(root).stale(List.of(SuiteService.CUSTOMER))).containsExactly(SuiteService.CUSTOMER);
        touch(new ServiceBuild(root).stamp(SuiteService.CUSTOMER), later.plusSeconds(5));
        assertThat(new ServiceBuild(root).stale(List.of(SuiteService.CUSTOMER))).isEmpty();
    }

    @Test
    void a_change_in_the_shared_library_makes_every_service_stale() throws IOException {
        touch(SuiteService.CUSTOMER.jar(root), later);
        touch(SuiteService.ORDER.jar(root), later);
        touch(root.resolve("platform/src/main/java/Shared.java"), later.plusSeconds(60));
        assertThat(new ServiceBuild(root).stale(List.of(SuiteService.CUSTOMER, SuiteService.ORDER)))
                .containsExactly(SuiteService.CUSTOMER, SuiteService.ORDER);
    }

    @Test
    void the_build_packages_the_stale_modules_and_what_they_need_without_tests() {
        assertThat(new ServiceBuild(root).command(List.of(SuiteService.CUSTOMER, SuiteService.GATEWAY)))
                .containsExactly(root.resolve("mvnw").toString(), "-q", "-DskipTests", "-Dmaven.jar.forceCreation=true", "package", "-pl",
                        "customer-service,gateway-service", "-am");
    }

    private static void touch(Path file, Instant at) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.writeString(file, "x");
        }
        Files.setLastModifiedTime(file, FileTime.from(at));
    }
}
