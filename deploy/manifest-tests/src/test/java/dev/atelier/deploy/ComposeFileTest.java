package dev.atelier.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docker-compose.yml against the services' own configuration: no Docker engine runs here, so this is
 * how compose is checked (services, ports, variable names, health checks, start order, defaults).
 */
class ComposeFileTest {

    private static final String TEXT = Repo.read(Repo.root().resolve("docker-compose.yml"));
    private static final Map<String, Object> COMPOSE = Repo.documents(TEXT).getFirst();
    private static final Map<String, Object> SERVICES = Repo.map(COMPOSE.get("services"));
    private static final int MANAGEMENT_PORT = 9080;

    static List<String> applications() {
        return Repo.APPLICATIONS;
    }

    private static Map<String, Object> service(String name) {
        assertThat(SERVICES).as("compose services").containsKey(name);
        return Repo.map(SERVICES.get(name));
    }

    @ParameterizedTest
    @MethodSource("applications")
    void each_application_is_built_from_the_one_dockerfile_with_its_module(String module) {
        Map<String, Object> build = Repo.map(service(module).get("build"));
        assertThat(build.get("dockerfile")).isEqualTo("deploy/docker/Dockerfile");
        assertThat(build.get("context")).isEqualTo(".");
        assertThat(Repo.map(build.get("args"))).containsEntry("MODULE", module);
    }

    @ParameterizedTest
    @MethodSource("applications")
    void its_port_is_the_one_its_application_yml_defaults_to(String module) {
        ServiceConfiguration config = ServiceConfiguration.of(module);
        Map<String, Object> service = service(module);
        assertThat(String.valueOf(Repo.map(Repo.map(service.get("build")).get("args")).get("PORT"))).isEqualTo(String.valueOf(config.port()));
        Object portSetting = environment(service).get(config.portVariable());
        assertThat(portSetting).as("%s sets %s", module, config.portVariable()).isNotNull();
        assertThat(String.valueOf(portSetting)).isEqualTo(String.valueOf(config.port()));
    }

    @ParameterizedTest
    @MethodSource("applications")
    void its_memory_is_limited_as_in_kubernetes_with_room_beside_the_heap_the_image_allows(String module) {
        Object memLimit = service(module).get("mem_limit");
        assertThat(memLimit).as("%s mem_limit", module).isNotNull();
        long limit = JvmMemory.mebibytes(String.valueOf(memLimit));
        String options = String.valueOf(environment(service(module)).getOrDefault("JAVA_TOOL_OPTIONS", JvmMemory.imageOptions()));
        assertThat(limit - JvmMemory.maxHeapMiB(options, limit))
                .as("MiB of %s's %d MiB limit left beside the heap its JVM options allow (%s)", module, limit, options)
                .isGreaterThanOrEqualTo(JvmMemory.OUTSIDE_HEAP_MIB);
    }

    @ParameterizedTest
    @MethodSource("applications")
    void every_variable_it_sets_is_one_its_application_yml_reads(String module) {
        ServiceConfiguration config = ServiceConfiguration.of(module);
        Set<String> unknown = new LinkedHashSet<>(environment(service(module)).keySet());
        unknown.removeIf(config::reads);
        assertThat(unknown).as("variables %s sets that %s/application.yml does not read", module, module).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("applications")
    void applications_on_the_platform_run_with_its_docker_profile_json_logs(String module) {
        if (ServiceConfiguration.of(module).usesPlatform()) {
            assertThat(environment(service(module))).as(module).containsEntry("SPRING_PROFILES_ACTIVE", "docker");
        }
    }

    @Test
    void only_the_gateway_keycloak_the_object_store_and_the_mail_sink_are_published_and_on_loopback_by_default() {
        Map<String, List<Object>> published = new java.util.TreeMap<>();
        SERVICES.forEach((name, service) -> {
            Object ports = Repo.map(service).get("ports");
            if (ports != null && !Repo.list(Repo.map(service).get("profiles")).contains("observability")) {
                published.put(name, Repo.list(ports));
            }
        });
        assertThat(published).containsOnlyKeys("gateway-service", "keycloak", "minio", "mailpit");
        // the mail sink holds customers' names and addresses: loopback whatever ATELIER_BIND says
        assertThat(published.remove("mailpit")).map(String::valueOf).containsExactlyInAnyOrder("127.0.0.1:1025:1025", "127.0.0.1:8025:8025");
        published.values().forEach(ports -> assertThat(ports)
                .allSatisfy(port -> assertThat(String.valueOf(port)).startsWith("${ATELIER_BIND:-127.0.0.1}:")));
    }

    @ParameterizedTest
    @MethodSource("applications")
    void every_application_has_the_registrys_account(String module) {
        Map<String, Object> registry = environment(service("discovery-service"));
        Map<String, Object> env = environment(service(module));
        assertThat(env.get("EUREKA_USERNAME")).as(module).isNotNull().isEqualTo(registry.get("EUREKA_USERNAME"));
        assertThat(env.get("EUREKA_PASSWORD")).as(module).isNotNull().isEqualTo(registry.get("EUREKA_PASSWORD"));
    }

    @Test
    void eurekas_webclient_transport_is_left_on() {
        assertThat(TEXT).doesNotContain("EUREKA_CLIENT_WEBCLIENT_ENABLED");
    }

    @Test
    void media_service_gets_its_database_the_minio_bucket_and_a_public_address_for_presigned_urls() {
        Map<String, Object> env = environment(service("media-service"));
        assertThat(env).containsEntry("MEDIA_DB_HOST", "postgres").containsEntry("MEDIA_DB_NAME", "media_service")
                .containsEntry("MEDIA_S3_ENDPOINT", "http://minio:9000").containsEntry("MEDIA_S3_PATH_STYLE", "true")
                .containsEntry("MEDIA_S3_ACCESS_KEY", String.valueOf(environment(service("minio")).get("MINIO_ROOT_USER")))
                .containsEntry("MEDIA_S3_SECRET_KEY", String.valueOf(environment(service("minio")).get("MINIO_ROOT_PASSWORD")))
                .containsEntry("MEDIA_S3_BUCKET", String.valueOf(environment(service("minio-init")).get("S3_BUCKET")));
        assertThat(String.valueOf(env.get("MEDIA_S3_PUBLIC_ENDPOINT"))).contains("localhost:9000");
        assertThat(env).doesNotContainKey("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(Repo.map(service("media-service").get("depends_on"))).containsKeys("postgres", "minio-init", "order-service");
        // the gateway lets through what media-service accepts
        assertThat(environment(service("gateway-service")).get("MEDIA_MAX_UPLOAD")).isEqualTo(env.get("MEDIA_MAX_UPLOAD"));
    }

    @Test
    void customer_service_publishes_its_events_to_the_suites_broker() {
        assertThat(environment(service("customer-service")))
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", environment(service("order-service")).get("KAFKA_BOOTSTRAP_SERVERS"));
    }

    @Test
    void notification_service_gets_its_database_its_client_and_sends_to_the_mail_sink_without_tls_or_password() {
        Map<String, Object> env = environment(service("notification-service"));
        assertThat(env).containsEntry("NOTIFICATION_DB_HOST", "postgres").containsEntry("NOTIFICATION_DB_NAME", "notification_service")
                .containsEntry("NOTIFICATION_DB_USER", "notification_service")
                .containsEntry("NOTIFICATION_DB_PASSWORD", environment(service("postgres")).get("NOTIFICATION_DB_PASSWORD"))
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", environment(service("order-service")).get("KAFKA_BOOTSTRAP_SERVERS"))
                .containsEntry("NOTIFIER_CLIENT_ID", "atelier-notifier")
                .containsEntry("NOTIFIER_CLIENT_SECRET", "${ATELIER_NOTIFIER_CLIENT_SECRET:-atelier-notifier-secret}")
                .containsEntry("SMTP_HOST", "mailpit").containsEntry("SMTP_AUTH", "false").containsEntry("SMTP_STARTTLS", "false")
                .containsKeys("SHOP_NAME", "SHOP_ADDRESS", "SHOP_SIGNATURE", "SHOP_EMAIL", "SHOP_LANGUAGE");
        // the port the sink's SMTP listens on inside the network (its published mapping's container side)
        assertThat(Repo.list(service("mailpit").get("ports"))).map(String::valueOf).anyMatch(port -> port.endsWith(":" + env.get("SMTP_PORT")));
        assertThat(String.valueOf(service("mailpit").get("image"))).startsWith("axllent/mailpit:").doesNotEndWith(":latest");
        assertThat(service("mailpit")).containsKey("healthcheck");
        // it reads contacts and orders when it sends: those services first
        assertThat(Repo.map(service("notification-service").get("depends_on")))
                .containsKeys("postgres", "kafka", "customer-service", "order-service").doesNotContainKey("mailpit");
    }

    @Test
    void the_gateway_fetches_api_documents_with_the_realms_service_client_and_has_cors_off_by_default() {
        Map<String, Object> env = environment(service("gateway-service"));
        String realm = Repo.read(Repo.root().resolve("identity/realm/atelier-realm.json"));
        String secret = String.valueOf(env.get("API_DOCS_CLIENT_SECRET"));
        Matcher fallback = Pattern.compile(":-([^}]*)}").matcher(secret);
        assertThat(fallback.find()).as("API_DOCS_CLIENT_SECRET has a local default").isTrue();
        assertThat(realm).contains("\"secret\": \"" + fallback.group(1) + "\"");
        assertThat(String.valueOf(env.get("GATEWAY_CORS_ORIGINS"))).isEqualTo("${GATEWAY_CORS_ORIGINS:-}");
    }

    @ParameterizedTest
    @MethodSource("applications")
    void it_has_a_health_check_on_its_actuator_readiness(String module) {
        ServiceConfiguration config = ServiceConfiguration.of(module);
        // the platform's services answer actuator calls on their management port only
        int port = config.usesPlatform() ? MANAGEMENT_PORT : config.port();
        if (config.usesPlatform()) {
            assertThat(environment(service(module))).as(module).containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(MANAGEMENT_PORT));
        }
        Map<String, Object> healthcheck = Repo.map(service(module).get("healthcheck"));
        String test = String.join(" ", Repo.list(healthcheck.get("test")).stream().map(String::valueOf).toList());
        assertThat(test).contains("/actuator/health/readiness").contains("/" + port + " ").contains("UP");
        assertThat(healthcheck).containsKeys("interval", "timeout", "retries");
    }

    @ParameterizedTest
    @MethodSource("applications")
    void it_starts_only_after_what_it_needs_is_healthy(String module) {
        Map<String, Object> dependsOn = Repo.map(service(module).get("depends_on"));
        if (!module.equals("discovery-service")) {
            assertThat(dependsOn).as("%s depends_on", module).containsKeys("discovery-service", "keycloak");
        }
        dependsOn.forEach((name, condition) -> {
            assertThat(SERVICES).as("%s depends on %s", module, name).containsKey(name);
            String wanted = Repo.map(SERVICES.get(name)).containsKey("healthcheck") ? "service_healthy" : "service_completed_successfully";
            assertThat(Repo.map(condition).get("condition")).as("%s waits for %s", module, name).isEqualTo(wanted);
        });
    }

    @Test
    void services_with_a_database_wait_for_postgres_and_kafka_users_for_kafka() {
        for (String module : List.of("customer-service", "inventory-service", "order-service", "media-service", "notification-service")) {
            assertThat(Repo.map(service(module).get("depends_on"))).as(module).containsKey("postgres");
        }
        for (String module : Repo.APPLICATIONS) {
            if (environment(service(module)).containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
                assertThat(Repo.map(service(module).get("depends_on"))).as(module).containsKey("kafka");
            }
        }
        assertThat(Repo.map(service("gateway-service").get("depends_on")))
                .containsKeys("customer-service", "inventory-service", "order-service", "media-service", "notification-service");
    }

    @Test
    void the_infrastructure_is_there_with_health_checks_and_named_volumes() {
        for (String name : List.of("postgres", "kafka", "minio", "keycloak")) {
            assertThat(service(name)).as(name).containsKey("healthcheck");
        }
        Set<String> declared = Repo.map(COMPOSE.get("volumes")).keySet();
        for (Object service : SERVICES.values()) {
            for (Object volume : Repo.list(Repo.map(service).get("volumes"))) {
                String source = String.valueOf(volume).split(":")[0];
                if (!source.startsWith(".") && !source.startsWith("/")) {
                    assertThat(declared).as("named volume %s", source).contains(source);
                }
            }
        }
        assertThat(declared).contains("postgres-data", "kafka-data", "minio-data", "keycloak-data");
        assertThat(String.valueOf(service("kafka").get("environment"))).contains("KAFKA_PROCESS_ROLES=broker,controller");
        assertThat(String.valueOf(service("keycloak").get("command"))).contains("--import-realm");
        assertThat(Repo.list(service("keycloak").get("volumes"))).anyMatch(v -> String.valueOf(v).startsWith("./identity/realm:"));
        assertThat(String.valueOf(service("minio-init").get("command"))).contains("mc mb");
    }

    @Test
    void postgres_init_creates_one_database_per_service_that_has_one() {
        String sql = Repo.read(Repo.root().resolve("deploy/compose/postgres-init.sql"));
        Set<String> databases = new HashSet<>();
        Matcher created = Pattern.compile("CREATE DATABASE (\\w+) OWNER (\\w+)").matcher(sql);
        while (created.find()) {
            assertThat(created.group(1)).isEqualTo(created.group(2));
            databases.add(created.group(1));
        }
        assertThat(databases).containsExactlyInAnyOrder("customer_service", "order_service", "inventory_service", "media_service",
                "notification_service");
        // the database each service is pointed at exists
        assertThat(String.valueOf(service("customer-service").get("environment"))).contains("/customer_service");
        assertThat(environment(service("order-service"))).containsEntry("ORDER_DB_NAME", "order_service");
        assertThat(environment(service("inventory-service"))).containsEntry("INVENTORY_DB_NAME", "inventory_service");
    }

    @Test
    void every_setting_from_env_has_a_local_default_and_is_listed_in_env_example() {
        // $${...} is escaped for the container's shell, not read from .env
        Matcher reference = Pattern.compile("(?<!\\$)\\$\\{([A-Z][A-Z0-9_]*)(:-[^}]*)?}").matcher(TEXT.replaceAll("(?m)^\\s*#.*$", ""));
        Set<String> names = new LinkedHashSet<>();
        while (reference.find()) {
            assertThat(reference.group(2)).as("${%s} has a default so compose runs without .env", reference.group(1)).isNotNull();
            names.add(reference.group(1));
        }
        String example = Repo.read(Repo.root().resolve(".env.example"));
        for (String name : names) {
            assertThat(example).as(".env.example lists %s", name).containsPattern("(?m)^" + name + "=");
        }
    }

    @Test
    void services_share_one_keycloak_issuer_which_keycloak_is_told_to_use() {
        String issuer = "${KEYCLOAK_PUBLIC_URL:-http://keycloak:8180}";
        for (String module : Repo.APPLICATIONS) {
            Object configured = environment(service(module)).get("KEYCLOAK_ISSUER_URI");
            if (configured != null) {
                assertThat(configured).as(module).isEqualTo(issuer + "/realms/atelier");
            }
        }
        assertThat(environment(service("keycloak"))).containsEntry("KC_HOSTNAME", issuer);
    }

    @Test
    void the_dockerfile_builds_layers_and_runs_as_a_non_root_user_with_a_health_check() {
        String dockerfile = Repo.read(Repo.root().resolve("deploy/docker/Dockerfile"));
        assertThat(dockerfile).contains("ARG MODULE", "FROM ${JDK_IMAGE} AS build", "./mvnw",
                "-Djarmode=tools -jar application.jar extract --layers --launcher", "FROM ${JRE_IMAGE}",
                "HEALTHCHECK", "/actuator/health/readiness", "org.springframework.boot.loader.launch.JarLauncher");
        assertThat(dockerfile).containsPattern("(?m)^USER 10001");
        assertThat(dockerfile).contains("ARG JDK_IMAGE=eclipse-temurin:25-jdk", "ARG JRE_IMAGE=eclipse-temurin:25-jre");
        // the gateway's build runs npm for the web console, so the build stage has Node.js
        assertThat(dockerfile).contains("ARG NODE_IMAGE=node:20", "COPY --from=node /usr/local/bin/node");
        assertThat(Repo.read(Repo.root().resolve(".dockerignore"))).contains("**/target", ".atelier", ".env");
    }

    /** A service's environment, from either of compose's two spellings (map or KEY=value list). */
    static Map<String, Object> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        if (environment instanceof List<?> list) {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            list.forEach(entry -> {
                String[] pair = String.valueOf(entry).split("=", 2);
                map.put(pair[0], pair.length > 1 ? pair[1] : null);
            });
            return map;
        }
        return Repo.map(environment);
    }
}
