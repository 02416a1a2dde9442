package dev.atelier.launcher.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EurekaRegistryTest {

    @Test
    void reads_applications_and_instances_written_as_arrays() {
        String json = """
                {"applications": {"versions__delta": "1", "application": [
                  {"name": "CUSTOMER-SERVICE", "instance": [
                    {"instanceId": "a", "app": "CUSTOMER-SERVICE", "status": "UP", "port": {"$": 8082, "@enabled": "true"}},
                    {"instanceId": "b", "app": "CUSTOMER-SERVICE", "status": "DOWN", "port": {"$": 9999, "@enabled": "true"}}]},
                  {"name": "ORDER-SERVICE", "instance": [
                    {"instanceId": "c", "app": "ORDER-SERVICE", "status": "STARTING", "port": {"$": 8081, "@enabled": "true"}}]}]}}
                """;
        assertThat(EurekaRegistry.upApplications(json)).containsExactly("customer-service:8082");
    }

    @Test
    void reads_a_single_application_and_instance_written_as_objects() {
        String json = """
                {"applications": {"application":
                  {"name": "GATEWAY-SERVICE", "instance":
                    {"instanceId": "g", "status": "UP", "port": {"$": 8080, "@enabled": "true"}}}}}
                """;
        assertThat(EurekaRegistry.upApplications(json)).containsExactly("gateway-service:8080");
    }

    @Test
    void an_empty_registry_or_garbage_lists_nothing() {
        assertThat(EurekaRegistry.upApplications("{\"applications\": {\"versions__delta\": \"1\", \"application\": []}}")).isEmpty();
        assertThat(EurekaRegistry.upApplications("not json")).isEmpty();
    }

    @Test
    void the_key_is_the_application_name_in_lower_case_and_the_port() {
        assertThat(EurekaRegistry.key("ORDER-SERVICE", 8081)).isEqualTo("order-service:8081");
    }
}
