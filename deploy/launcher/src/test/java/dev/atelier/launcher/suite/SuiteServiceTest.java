package dev.atelier.launcher.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteServiceTest {

    @Test
    void starts_the_registry_first_and_the_gateway_last() {
        assertThat(SuiteService.ALL).extracting(SuiteService::name)
                .containsExactly("discovery", "customer", "inventory", "order", "media", "gateway");
    }

    @Test
    void found_by_short_or_module_name_in_any_case() {
        assertThat(SuiteService.byName("order")).contains(SuiteService.ORDER);
        assertThat(SuiteService.byName("Order-Service")).contains(SuiteService.ORDER);
        assertThat(SuiteService.byName("billing")).isEmpty();
    }

    @Test
    void the_port_follows_the_services_own_variable() {
        assertThat(SuiteService.CUSTOMER.port(Map.of())).isEqualTo(8082);
        assertThat(SuiteService.CUSTOMER.port(Map.of("CUSTOMER_PORT", "18082"))).isEqualTo(18082);
        assertThatThrownBy(() -> SuiteService.CUSTOMER.port(Map.of("CUSTOMER_PORT", "eighty")))
                .hasMessageContaining("CUSTOMER_PORT");
    }

    @Test
    void the_jar_is_what_maven_package_writes() {
        assertThat(SuiteService.MEDIA.jar(Path.of("/repo")))
                .isEqualTo(Path.of("/repo/media-service/target/media-service-0.1.0-SNAPSHOT.jar"));
    }

    @Test
    void databases_belong_to_the_four_services_only() {
        assertThat(SuiteService.INVENTORY.database()).contains("inventory_service");
        assertThat(SuiteService.GATEWAY.database()).isEmpty();
        assertThat(SuiteService.DISCOVERY.database()).isEmpty();
    }
}
