package dev.atelier.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compose {@code observability} profile (Prometheus, Grafana) against deploy/observability: it is
 * optional, scrapes every application on its port, and Grafana's dashboard uses the provisioned data source.
 */
class ObservabilityTest {

    private static final String OBSERVABILITY = "observability";
    private static final Map<String, Object> COMPOSE = Repo.documents(Repo.read(Repo.root().resolve("docker-compose.yml"))).getFirst();
    private static final Map<String, Object> SERVICES = Repo.map(COMPOSE.get("services"));
    private static final Map<String, Object> PROMETHEUS = Repo.documents(
            Repo.read(Repo.root().resolve("deploy/observability/prometheus.yml"))).getFirst();
    private static final Map<String, Object> DATASOURCES = Repo.documents(
            Repo.read(Repo.root().resolve("deploy/observability/grafana/provisioning/datasources/prometheus.yml"))).getFirst();
    private static final Map<String, Object> DASHBOARDS = Repo.documents(
            Repo.read(Repo.root().resolve("deploy/observability/grafana/provisioning/dashboards/atelier.yml"))).getFirst();

    static List<String> applications() {
        return Repo.APPLICATIONS;
    }

    @Test
    void prometheus_and_grafana_run_only_under_the_observability_profile() {
        for (String name : List.of("prometheus", "grafana")) {
            assertThat(SERVICES).containsKey(name);
            assertThat(Repo.list(Repo.map(SERVICES.get(name)).get("profiles"))).as("%s profiles", name).containsExactly(OBSERVABILITY);
            assertThat(Repo.map(SERVICES.get(name))).as(name).containsKey("healthcheck");
        }
        SERVICES.forEach((name, service) -> {
            if (!List.of("prometheus", "grafana").contains(name)) {
                assertThat(Repo.map(service)).as("%s runs without a profile", name).doesNotContainKey("profiles");
                // a plain `docker compose up` must not need a service it does not start
                assertThat(Repo.map(Repo.map(service).get("depends_on")).keySet()).as("%s depends_on", name)
                        .doesNotContain("prometheus", "grafana");
            }
        });
        assertThat(Repo.map(COMPOSE.get("volumes"))).containsKeys("prometheus-data", "grafana-data");
        assertThat(Repo.read(Repo.root().resolve(".env.example"))).containsPattern("(?m)^GRAFANA_ADMIN_USER=")
                .containsPattern("(?m)^GRAFANA_ADMIN_PASSWORD=");
    }

    @Test
    void prometheus_reads_the_repository_configuration() {
        Map<String, Object> prometheus = Repo.map(SERVICES.get("prometheus"));
        assertThat(Repo.list(prometheus.get("volumes"))).contains("./deploy/observability/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
        assertThat(String.valueOf(prometheus.get("command"))).contains("--config.file=/etc/prometheus/prometheus.yml");
    }

    /** Issue 16: every dead-letter topic has a depth metric and an alert on it. */
    @Test
    void prometheus_loads_the_alerts_and_one_fires_on_dead_letters() {
        assertThat(Repo.list(PROMETHEUS.get("rule_files"))).contains("alerts.yml");
        assertThat(Repo.list(Repo.map(SERVICES.get("prometheus")).get("volumes")))
                .contains("./deploy/observability/alerts.yml:/etc/prometheus/alerts.yml:ro");
        Map<String, Object> alerts = Repo.documents(Repo.read(Repo.root().resolve("deploy/observability/alerts.yml"))).getFirst();
        List<String> expressions = new ArrayList<>();
        for (Object group : Repo.list(alerts.get("groups"))) {
            for (Object rule : Repo.list(Repo.map(group).get("rules"))) {
                assertThat(Repo.map(rule)).containsKeys("alert", "expr", "annotations");
                expressions.add(String.valueOf(Repo.map(rule).get("expr")));
            }
        }
        assertThat(expressions).anySatisfy(expr -> assertThat(expr).contains("atelier_consumer_dead_letters"));
    }

    @ParameterizedTest
    @MethodSource("applications")
    void every_application_is_scraped_on_its_actuator_prometheus_endpoint(String module) {
        ServiceConfiguration service = ServiceConfiguration.of(module);
        // the platform's services show metrics on their management port (compose: MANAGEMENT_SERVER_PORT)
        Object managementPort = ComposeFileTest.environment(Repo.map(SERVICES.get(module))).get("MANAGEMENT_SERVER_PORT");
        String port = service.usesPlatform() ? String.valueOf(managementPort) : String.valueOf(service.port());
        List<String> targets = new ArrayList<>();
        for (Object job : Repo.list(PROMETHEUS.get("scrape_configs"))) {
            Map<String, Object> scrape = Repo.map(job);
            if ("/actuator/prometheus".equals(scrape.get("metrics_path"))) {
                Repo.list(scrape.get("static_configs")).forEach(config -> Repo.list(Repo.map(config).get("targets"))
                        .forEach(target -> targets.add(String.valueOf(target))));
            }
        }
        assertThat(targets).as("scrape targets on /actuator/prometheus").contains(module + ":" + port);
        // and the application lets it: prometheus is among the exposed actuator endpoints (compose's setting,
        // else its application.yml, else the platform's default)
        Object exposure = ComposeFileTest.environment(Repo.map(SERVICES.get(module))).get("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE");
        String key = "management.endpoints.web.exposure.include";
        if (exposure == null) {
            exposure = Repo.at(Repo.documents(Repo.read(Repo.root().resolve(module).resolve("src/main/resources/application.yml")))
                    .getFirst(), key);
        }
        if (exposure == null && ServiceConfiguration.of(module).usesPlatform()) {
            exposure = Repo.at(Repo.documents(Repo.read(Repo.root().resolve(ServiceConfiguration.PLATFORM_DEFAULTS))).getFirst(), key);
        }
        assertThat(String.valueOf(exposure)).as("%s exposes", module).contains("prometheus");
    }

    @Test
    void every_scrape_target_is_a_compose_service() {
        for (Object job : Repo.list(PROMETHEUS.get("scrape_configs"))) {
            for (Object config : Repo.list(Repo.map(job).get("static_configs"))) {
                for (Object target : Repo.list(Repo.map(config).get("targets"))) {
                    assertThat(SERVICES).as("target %s", target).containsKey(String.valueOf(target).split(":")[0]);
                }
            }
        }
    }

    @Test
    void grafana_gets_the_provisioning_and_the_dashboards_where_the_provider_looks() {
        List<Object> volumes = Repo.list(Repo.map(SERVICES.get("grafana")).get("volumes"));
        assertThat(volumes).contains("./deploy/observability/grafana/provisioning:/etc/grafana/provisioning:ro");
        String path = String.valueOf(Repo.at(Repo.map(Repo.list(DASHBOARDS.get("providers")).getFirst()), "options.path"));
        assertThat(volumes).contains("./deploy/observability/grafana/dashboards:" + path + ":ro");
        Map<String, Object> datasource = Repo.map(Repo.list(DATASOURCES.get("datasources")).getFirst());
        assertThat(datasource).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
    }

    @Test
    void the_dashboard_is_json_and_every_panel_uses_the_provisioned_data_source() {
        JsonNode dashboard = JsonMapper.builder().build()
                .readTree(Repo.read(Repo.root().resolve("deploy/observability/grafana/dashboards/atelier.json")));
        String uid = String.valueOf(Repo.map(Repo.list(DATASOURCES.get("datasources")).getFirst()).get("uid"));
        assertThat(dashboard.path("uid").asString("")).isNotBlank();
        List<JsonNode> sources = dashboard.findValues("datasource");
        assertThat(dashboard.path("panels").size()).isPositive();
        assertThat(sources).isNotEmpty().allSatisfy(source -> {
            assertThat(source.path("type").asString("")).isEqualTo("prometheus");
            assertThat(source.path("uid").asString("")).isEqualTo(uid);
        });
        assertThat(dashboard.findValues("expr")).as("queries").isNotEmpty()
                .allSatisfy(expr -> assertThat(expr.asString("")).isNotBlank());
    }
}
