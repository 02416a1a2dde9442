package dev.atelier.launcher.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.servers.Jdk;
import dev.atelier.suite.SuiteService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceProcessTest {

    private final Path root = Path.of("/repo");
    private final ServiceProcess order = new ServiceProcess(SuiteService.ORDER, root, Path.of("/repo/.atelier"), 8081);
    private final Jdk jdk = new Jdk(Path.of("/jdk"), 25);

    @Test
    void runs_the_extracted_jar_with_a_class_data_sharing_archive_of_its_own() {
        assertThat(order.command(jdk, List.of("-Xmx256m"))).containsExactly("/jdk/bin/java", "-Xmx256m",
                "-XX:SharedArchiveFile=/repo/.atelier/apps/order.jsa", "-XX:+AutoCreateSharedArchive",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-jar", "/repo/.atelier/apps/order/order-service-0.1.0-SNAPSHOT.jar");
    }

    @Test
    void log_and_pid_live_under_the_data_folder() {
        assertThat(order.logFile()).isEqualTo(Path.of("/repo/.atelier/logs/order.log"));
        assertThat(order.isRunning()).isFalse();
    }

    @Test
    void java_options_default_to_the_measured_ones_and_can_be_replaced() {
        assertThat(ServiceProcess.javaOptions(SuiteService.ORDER, 21, Map.of())).isEqualTo(ServiceProcess.DEFAULT_JAVA_OPTIONS)
                .contains("-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=15000", "-XX:MaxHeapFreeRatio=20", "-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=75").doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(ServiceProcess.javaOptions(SuiteService.DISCOVERY, 21, Map.of())).contains("-Xms32m", "-XX:TieredStopAtLevel=1");
        assertThat(ServiceProcess.javaOptions(SuiteService.MEDIA, 21, Map.of())).contains("-XX:TieredStopAtLevel=1", "-Xmx128m")
                .doesNotContain("-Xmx256m");
        assertThat(ServiceProcess.javaOptions(SuiteService.ORDER, 21, Map.of())).contains("-Xmx256m");
        assertThat(ServiceProcess.javaOptions(SuiteService.NOTIFICATION, 21, Map.of())).contains("-XX:TieredStopAtLevel=1");
        assertThat(ServiceProcess.javaOptions(SuiteService.GATEWAY, 21, Map.of())).doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(ServiceProcess.javaOptions(SuiteService.GATEWAY, 25, Map.of("ATELIER_SERVICE_JAVA_OPTS", " -Xmx512m  -XX:+UseZGC ")))
                .containsExactly("-Xmx512m", "-XX:+UseZGC");
    }

    @Test
    void newer_jdks_trim_the_native_heap_and_use_compact_object_headers() {
        assertThat(ServiceProcess.javaOptions(SuiteService.ORDER, 21, Map.of()))
                .doesNotContain(ServiceProcess.TRIM_NATIVE_HEAP, ServiceProcess.COMPACT_OBJECT_HEADERS);
        assertThat(ServiceProcess.javaOptions(SuiteService.ORDER, 22, Map.of()))
                .contains(ServiceProcess.TRIM_NATIVE_HEAP).doesNotContain(ServiceProcess.COMPACT_OBJECT_HEADERS);
        assertThat(ServiceProcess.javaOptions(SuiteService.MEDIA, 25, Map.of()))
                .contains(ServiceProcess.TRIM_NATIVE_HEAP, ServiceProcess.COMPACT_OBJECT_HEADERS, "-XX:TieredStopAtLevel=1");
    }

    @Test
    void from_jdk_24_on_the_services_may_load_their_native_transport_without_a_warning() {
        assertThat(ServiceProcess.javaOptions(SuiteService.ORDER, 21, Map.of())).doesNotContain(ServiceProcess.NATIVE_ACCESS);
        assertThat(ServiceProcess.javaOptions(SuiteService.GATEWAY, 24, Map.of())).contains("--enable-native-access=ALL-UNNAMED");
        assertThat(ServiceProcess.javaOptions(SuiteService.DISCOVERY, 25, Map.of())).contains(ServiceProcess.NATIVE_ACCESS);
    }

    @Test
    void native_memory_arenas_are_two_unless_the_launcher_says_otherwise() {
        assertThat(ServiceProcess.processEnvironment(Map.of("ORDER_PORT", "8081"), Map.of()))
                .containsEntry("ORDER_PORT", "8081").containsEntry("MALLOC_ARENA_MAX", "2");
        assertThat(ServiceProcess.processEnvironment(Map.of("ORDER_PORT", "8081"), Map.of("MALLOC_ARENA_MAX", "8")))
                .doesNotContainKey("MALLOC_ARENA_MAX");
    }
}
