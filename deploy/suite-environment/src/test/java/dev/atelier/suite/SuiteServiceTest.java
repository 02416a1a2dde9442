package dev.atelier.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteServiceTest {

    @Test
    void starts_the_registry_first_and_the_gateway_last() {
        assertThat(SuiteService.ALL).extracting(SuiteService::name)
                .containsExactly("discovery", "customer", "inventory", "order", "media", "notification", "gateway");
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
    void notification_listens_on_8085_and_reads_the_notification_database_variables() {
        assertThat(SuiteService.byName("notification-service")).contains(SuiteService.NOTIFICATION);
        assertThat(SuiteService.NOTIFICATION.port(Map.of())).isEqualTo(8085);
        assertThat(SuiteService.NOTIFICATION.port(Map.of("NOTIFICATION_PORT", "18085"))).isEqualTo(18085);
        assertThat(SuiteService.NOTIFICATION.database()).contains("notification_service");
        assertThat(SuiteService.ALL.indexOf(SuiteService.NOTIFICATION)).as("after the services it reads from")
                .isGreaterThan(SuiteService.ALL.indexOf(SuiteService.CUSTOMER))
                .isGreaterThan(SuiteService.ALL.indexOf(SuiteService.ORDER))
                .isLessThan(SuiteService.ALL.indexOf(SuiteService.GATEWAY));
        assertThat(SuiteService.ALL).extracting(SuiteService::standardPort).doesNotHaveDuplicates();
    }

    @Test
    void databases_belong_to_the_five_services_only() {
        assertThat(SuiteService.INVENTORY.database()).contains("inventory_service");
        assertThat(SuiteService.GATEWAY.database()).isEmpty();
        assertThat(SuiteService.DISCOVERY.database()).isEmpty();
    }
}
