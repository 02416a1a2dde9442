package dev.atelier.drills.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class AuthEndpointsTest {

    private static final Path README = Path.of("../../README.md");

    @Test
    void the_matrix_has_every_endpoint_of_the_readme_api_table_and_the_health_probe() throws IOException {
        Set<String> documented = documentedEndpoints();
        Set<String> tried = AuthEndpoints.all().stream().map(Endpoint::name).collect(Collectors.toCollection(LinkedHashSet::new));

        assertThat(documented).hasSizeGreaterThan(50);
        assertThat(tried).containsAll(documented);
        Set<String> extra = new LinkedHashSet<>(tried);
        extra.removeAll(documented);
        assertThat(extra).containsExactly("GET /actuator/health");
        assertThat(tried).hasSameSizeAs(AuthEndpoints.all());
    }

    @Test
    void the_file_holds_72_endpoints_in_twelve_groups_in_print_order() {
        List<Endpoint> all = AuthEndpoints.all();

        assertThat(all).hasSize(72);
        assertThat(all.stream().map(Endpoint::group).distinct()).containsExactly("auth", "updates", "users", "customers", "measurements",
                "inventory", "orders", "order-items", "payments", "style-images", "notifications", "webhooks");
        assertThat(all.getFirst().name()).isEqualTo("POST /api/auth/login");
        assertThat(all.getLast().name()).isEqualTo("DELETE /api/webhooks/{id}");
    }

    @Test
    void an_entry_without_access_or_success_is_refused_when_the_file_is_read() {
        assertThatThrownBy(() -> AuthEndpoints.read(yaml("{groups: {x: [{endpoint: 'GET /api/x', success: 200}]}}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auth-endpoints.yaml").hasMessageContaining("/api/x");
        assertThatThrownBy(() -> AuthEndpoints.read(yaml("{groups: {x: [{endpoint: 'GET /api/x', access: LEAD_ONLY}]}}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/api/x");
        assertThatThrownBy(() -> AuthEndpoints.read(yaml("{groups: {x: [{endpoint: 'GET /api/x', access: LEADS, success: 200}]}}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auth-endpoints.yaml: no access \"LEADS\"");
    }

    @Test
    void a_placeholder_the_catalogue_does_not_know_is_an_error_naming_it() {
        Endpoint endpoint = AuthEndpoints.read(yaml("{groups: {x: [{endpoint: 'GET /api/x/{id}', access: LEAD_ONLY, success: 200,"
                + " path: '/api/x/${nothing}'}]}}")).getFirst();

        assertThatThrownBy(() -> endpoint.preparer().prepare(MatrixSetup.offline("0b9a4c1e-0000-4000-8000-000000000001"), false))
                .hasMessage("auth-endpoints.yaml: no value ${nothing}");
    }

    @Test
    void every_endpoint_has_an_expected_status_for_every_identity() {
        for (Endpoint endpoint : AuthEndpoints.all()) {
            assertThat(endpoint.success()).as(endpoint.name()).isIn(200, 201, 202, 204);
            assertThat(endpoint.preparer()).as(endpoint.name()).isNotNull();
            for (Identity who : Identity.values()) {
                assertThat(endpoint.expected(who)).as(endpoint.name() + " × " + who).isIn(endpoint.success(), 401, 403);
            }
            assertThat(endpoint.expected(Identity.LEAD)).isEqualTo(endpoint.success());
        }
    }

    @Test
    void the_documented_roles_are_the_ones_the_matrix_expects() {
        assertThat(access("POST /api/auth/login")).isEqualTo(Access.PUBLIC);
        assertThat(access("POST /api/auth/refresh")).isEqualTo(Access.PUBLIC);
        assertThat(access("POST /api/auth/logout")).isEqualTo(Access.AUTHENTICATED);
        AuthEndpoints.all().stream().filter(endpoint -> endpoint.template().startsWith("/api/users")
                || endpoint.template().contains("/payments") || endpoint.template().startsWith("/api/webhooks")
                || endpoint.template().endsWith("/resend")).forEach(endpoint ->
                assertThat(endpoint.access()).as(endpoint.name()).isEqualTo(Access.LEAD_ONLY));
        AuthEndpoints.all().stream().filter(endpoint -> endpoint.template().startsWith("/api/style-images")
                || endpoint.template().contains("measurements")).forEach(endpoint ->
                assertThat(endpoint.access()).as(endpoint.name()).isEqualTo(Access.ANY_DESIGNER));
        AuthEndpoints.all().stream().filter(endpoint -> endpoint.method().equals("GET") && endpoint.template().startsWith("/api/")
                && !endpoint.template().startsWith("/api/users") && !endpoint.template().contains("/payments")
                && !endpoint.template().startsWith("/api/webhooks")).forEach(endpoint ->
                assertThat(endpoint.access()).as(endpoint.name()).isEqualTo(Access.ANY_DESIGNER));
        for (String write : List.of("POST /api/customers", "DELETE /api/customers/{id}", "POST /api/inventory", "PATCH /api/orders/{id}/status",
                "DELETE /api/order-items/{id}", "POST /api/inventory/{id}/adjustments")) {
            assertThat(access(write)).as(write).isEqualTo(Access.LEAD_ONLY);
        }
    }

    @Test
    void a_valid_call_is_built_without_the_suite_for_reads() throws Exception {
        MatrixSetup offline = MatrixSetup.offline("0b9a4c1e-0000-4000-8000-000000000001");
        Endpoint read = AuthEndpoints.all().stream().filter(endpoint -> endpoint.name().equals("GET /api/orders/{id}/timeline")).findFirst()
                .orElseThrow();
        assertThat(read.preparer().prepare(offline, true).path()).isEqualTo("/api/orders/0b9a4c1e-0000-4000-8000-000000000001/timeline");
    }

    private static JsonNode yaml(String text) {
        return YAMLMapper.builder().build().readTree(text);
    }

    private static Access access(String name) {
        return AuthEndpoints.all().stream().filter(endpoint -> endpoint.name().equals(name)).findFirst().orElseThrow().access();
    }

    /**
     * The README's API table as method + path: {@code GET/POST /api/x} is two, a bare {@code /y} replaces the last
     * segment of the one before (same methods), {@code [/{id}]} is the path with and without it.
     */
    static Set<String> documentedEndpoints() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf("| resource | endpoints | served by |");
        assertThat(start).as("the API table in README.md").isPositive();
        Set<String> endpoints = new LinkedHashSet<>();
        Pattern code = Pattern.compile("`([^`]+)`");
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String column = lines.get(i).split("\\|")[2];
            Matcher matcher = code.matcher(column);
            List<String> methods = new ArrayList<>();
            String path = null;
            while (matcher.find()) {
                String item = matcher.group(1).trim();
                if (item.startsWith("/")) {
                    path = path.substring(0, path.lastIndexOf('/')) + item;
                } else {
                    methods = List.of(item.substring(0, item.indexOf(' ')).split("/"));
                    path = item.substring(item.indexOf(' ') + 1);
                }
                for (String method : methods) {
                    if (path.endsWith("[/{id}]")) {
                        String base = path.substring(0, path.length() - "[/{id}]".length());
                        endpoints.add(method + " " + base);
                        endpoints.add(method + " " + base + "/{id}");
                    } else {
                        endpoints.add(method + " " + path);
                    }
                }
            }
        }
        return endpoints;
    }
}
