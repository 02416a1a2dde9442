package dev.atelier.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders every overlay with {@code kubectl kustomize} and checks the manifests against the services'
 * own configuration: a Deployment per application with actuator probes, requests and limits and only
 * variables its application.yml reads, a Service on its port, config and secrets that exist.
 */
class KustomizeOverlaysTest {

    static final List<String> OVERLAYS = List.of("local", "production");
    static final String MANAGEMENT_PORT = "9080";
    private static final Map<String, List<Map<String, Object>>> RENDERED = new HashMap<>();

    static Stream<Arguments> overlaysAndApplications() {
        return OVERLAYS.stream().flatMap(overlay -> Repo.APPLICATIONS.stream().map(module -> Arguments.of(overlay, module)));
    }

    @Test
    void every_overlay_folder_is_tested() throws IOException {
        try (Stream<Path> overlays = Files.list(Repo.root().resolve("deploy/k8s/overlays"))) {
            assertThat(overlays.map(path -> path.getFileName().toString())).containsExactlyInAnyOrderElementsOf(OVERLAYS);
        }
    }

    @ParameterizedTest
    @MethodSource("overlaysAndApplications")
    void each_application_has_a_deployment_with_actuator_probes_and_resources(String overlay, String module) {
        ServiceConfiguration config = ServiceConfiguration.of(module);
        Map<String, Object> container = container(overlay, module);
        int port = ((Number) Repo.map(Repo.list(container.get("ports")).getFirst()).get("containerPort")).intValue();
        assertThat(port).as("%s containerPort in %s", module, overlay).isEqualTo(config.port());
        assertThat(Repo.at(container, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
        assertThat(Repo.at(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(String.valueOf(Repo.at(container, "readinessProbe.httpGet.port"))).isIn("http", "management", String.valueOf(config.port()));
        for (String kind : List.of("requests", "limits")) {
            assertThat(Repo.map(Repo.at(container, "resources." + kind))).as("%s %s in %s", module, kind, overlay)
                    .containsKeys("cpu", "memory");
        }
        assertThat(Repo.at(container, "securityContext.allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(Repo.at(deployment(overlay, module), "spec.template.spec.securityContext.runAsNonRoot")).isEqualTo(true);
    }

    @ParameterizedTest
    @MethodSource("overlaysAndApplications")
    void the_heap_its_jvm_may_grow_to_leaves_the_rest_of_the_jvm_room_within_its_memory_limit(String overlay, String module) {
        Map<String, Object> container = container(overlay, module);
        long limit = JvmMemory.mebibytes(String.valueOf(Repo.at(container, "resources.limits.memory")));
        String options = Repo.list(container.get("env")).stream()
                .map(Repo::map)
                .filter(entry -> "JAVA_TOOL_OPTIONS".equals(entry.get("name")))
                .map(entry -> String.valueOf(entry.get("value")))
                .findFirst()
                .orElseGet(JvmMemory::imageOptions);
        assertThat(limit - JvmMemory.maxHeapMiB(options, limit))
                .as("MiB of %s's %d MiB limit in %s left beside the heap its JVM options allow (%s)", module, limit, overlay, options)
                .isGreaterThanOrEqualTo(JvmMemory.OUTSIDE_HEAP_MIB);
    }

    @ParameterizedTest
    @MethodSource("overlaysAndApplications")
    void every_variable_a_deployment_sets_is_one_its_application_yml_reads(String overlay, String module) {
        ServiceConfiguration config = ServiceConfiguration.of(module);
        Set<String> unknown = new HashSet<>();
        for (Object entry : Repo.list(container(overlay, module).get("env"))) {
            String name = String.valueOf(Repo.map(entry).get("name"));
            if (!config.reads(name) && !name.equals("JAVA_TOOL_OPTIONS")) {
                unknown.add(name);
            }
        }
        assertThat(unknown).as("variables the %s Deployment sets in %s that its application.yml does not read", module, overlay).isEmpty();
        assertThat(Repo.list(container(overlay, module).get("env")))
                .anyMatch(entry -> config.portVariable().equals(Repo.map(entry).get("name"))
                        && String.valueOf(config.port()).equals(Repo.map(entry).get("value")));
    }

    @ParameterizedTest
    @MethodSource("overlaysAndApplications")
    void applications_on_the_platform_log_json_in_the_kubernetes_profile_and_prometheus_finds_them(String overlay, String module) {
        ServiceConfiguration config = ServiceConfiguration.of(module);
        Map<String, String> env = plainValues(overlay, module);
        if (config.usesPlatform()) {
            assertThat(env).as("%s in %s", module, overlay).containsEntry("SPRING_PROFILES_ACTIVE", "kubernetes");
        }
        assertThat(env).as("Eureka's WebClient transport is left on").doesNotContainKey("EUREKA_CLIENT_WEBCLIENT_ENABLED");
        Map<String, Object> annotations = Repo.map(Repo.at(deployment(overlay, module), "spec.template.metadata.annotations"));
        if (config.usesPlatform()) {
            // metrics only on the management port, which the NetworkPolicy opens to the monitoring namespace alone
            assertThat(env).as("%s in %s", module, overlay).containsEntry("MANAGEMENT_SERVER_PORT", MANAGEMENT_PORT);
            assertThat(annotations).containsEntry("prometheus.io/scrape", "true").containsEntry("prometheus.io/path", "/actuator/prometheus")
                    .containsEntry("prometheus.io/port", MANAGEMENT_PORT);
            assertThat(Repo.list(container(overlay, module).get("ports")))
                    .anyMatch(port -> Map.of("name", "management", "containerPort", 9080).equals(Repo.map(port)));
        } else {
            assertThat(annotations).as("the registry's metrics need its account").containsEntry("prometheus.io/scrape", "false");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void media_service_gets_its_database_and_the_object_store_with_keys_from_a_secret(String overlay) {
        Set<String> names = new HashSet<>();
        Repo.list(container(overlay, "media-service").get("env")).forEach(entry -> names.add(String.valueOf(Repo.map(entry).get("name"))));
        assertThat(names).contains("MEDIA_DB_HOST", "MEDIA_DB_NAME", "MEDIA_DB_USER", "MEDIA_DB_PASSWORD", "MEDIA_S3_ENDPOINT",
                "MEDIA_S3_PUBLIC_ENDPOINT", "MEDIA_S3_BUCKET", "MEDIA_S3_ACCESS_KEY", "MEDIA_S3_SECRET_KEY", "KEYCLOAK_ISSUER_URI", "EUREKA_URL")
                .doesNotContain("KAFKA_BOOTSTRAP_SERVERS");
        for (String key : List.of("MEDIA_S3_ACCESS_KEY", "MEDIA_DB_USER")) {
            Object entry = Repo.list(container(overlay, "media-service").get("env")).stream()
                    .filter(e -> key.equals(Repo.map(e).get("name"))).findFirst().orElseThrow();
            assertThat(Repo.at(Repo.map(entry), "valueFrom.secretKeyRef")).as("%s from a Secret", key).isNotNull();
        }
        // the bucket media-service uses is the one the overlay's store creates
        Map<String, Object> config = Repo.map(find(overlay, "ConfigMap", "atelier-config").get("data"));
        assertThat(String.valueOf(rendered(overlay).stream().filter(doc -> !"ConfigMap".equals(doc.get("kind"))).toList()))
                .contains(String.valueOf(config.get("S3_BUCKET")));
        assertThat(config.get("MEDIA_MAX_UPLOAD")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void notification_service_gets_its_database_kafka_its_client_and_the_smtp_account_from_secrets(String overlay) {
        Map<String, String> fromSecret = new HashMap<>();
        Map<String, String> fromConfig = new HashMap<>();
        for (Object entry : Repo.list(container(overlay, "notification-service").get("env"))) {
            String name = String.valueOf(Repo.map(entry).get("name"));
            Map<String, Object> secret = Repo.map(Repo.at(Repo.map(entry), "valueFrom.secretKeyRef"));
            Map<String, Object> config = Repo.map(Repo.at(Repo.map(entry), "valueFrom.configMapKeyRef"));
            if (!secret.isEmpty()) {
                // the local overlay's generated Secrets carry kustomize's content hash
                String secretName = String.valueOf(secret.get("name"));
                fromSecret.put(name, (overlay.equals("local") ? secretName.replaceAll("-[a-z0-9]{10}$", "") : secretName) + "/" + secret.get("key"));
            }
            if (!config.isEmpty()) {
                fromConfig.put(name, String.valueOf(config.get("key")));
            }
        }
        assertThat(fromSecret).containsEntry("NOTIFICATION_DB_USER", "atelier-db-notification/username")
                .containsEntry("NOTIFICATION_DB_PASSWORD", "atelier-db-notification/password")
                .containsEntry("NOTIFIER_CLIENT_SECRET", "atelier-notifier-client/secret")
                .containsEntry("SMTP_USERNAME", "atelier-smtp/username").containsEntry("SMTP_PASSWORD", "atelier-smtp/password");
        assertThat(fromConfig).containsKeys("KAFKA_BOOTSTRAP_SERVERS", "KEYCLOAK_ISSUER_URI", "EUREKA_URL", "SMTP_HOST", "SMTP_PORT",
                "SMTP_AUTH", "SMTP_STARTTLS", "SHOP_NAME", "SHOP_ADDRESS", "SHOP_SIGNATURE", "SHOP_EMAIL", "SHOP_LANGUAGE");
        assertThat(plainValues(overlay, "notification-service")).containsEntry("NOTIFICATION_DB_NAME", "notification_service")
                .containsEntry("NOTIFIER_CLIENT_ID", "atelier-notifier");
        Map<String, Object> config = Repo.map(find(overlay, "ConfigMap", "atelier-config").get("data"));
        if (overlay.equals("production")) {
            // a real provider: authenticated and encrypted; Kafka as its own KafkaUser; two replicas kept by a budget
            assertThat(config).containsEntry("SMTP_AUTH", "true").containsEntry("SMTP_STARTTLS", "true");
            assertThat(plainValues(overlay, "notification-service")).containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
            assertThat(fromSecret).containsEntry("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", "notification-service/sasl.jaas.config");
            assertThat(find(overlay, "KafkaUser", "notification-service")).isNotEmpty();
            assertThat(((Number) Repo.at(deployment(overlay, "notification-service"), "spec.replicas")).intValue()).isEqualTo(2);
            assertThat(Repo.at(find(overlay, "PodDisruptionBudget", "notification-service"), "spec.selector.matchLabels"))
                    .isEqualTo(Map.of("app.kubernetes.io/name", "notification-service"));
        } else {
            // the overlay's own sink, on the port the service is told
            assertThat(config).containsEntry("SMTP_AUTH", "false").containsEntry("SMTP_STARTTLS", "false");
            Map<String, Object> sink = find(overlay, "Service", String.valueOf(config.get("SMTP_HOST")));
            assertThat(Repo.list(Repo.at(sink, "spec.ports"))).anyMatch(port ->
                    String.valueOf(Repo.map(port).get("port")).equals(String.valueOf(config.get("SMTP_PORT"))));
        }
    }

    private static Map<String, String> plainValues(String overlay, String module) {
        Map<String, String> values = new HashMap<>();
        Repo.list(container(overlay, module).get("env"))
                .forEach(entry -> values.put(String.valueOf(Repo.map(entry).get("name")), String.valueOf(Repo.map(entry).get("value"))));
        return values;
    }

    @ParameterizedTest
    @MethodSource("overlaysAndApplications")
    void each_application_has_a_service_on_its_port(String overlay, String module) {
        Map<String, Object> service = find(overlay, "Service", module);
        Map<String, Object> port = Repo.map(Repo.list(Repo.at(service, "spec.ports")).getFirst());
        assertThat(((Number) port.get("port")).intValue()).isEqualTo(ServiceConfiguration.of(module).port());
        assertThat(Repo.map(Repo.at(service, "spec.selector"))).containsEntry("app.kubernetes.io/name", module);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void stateless_services_scale_horizontally_and_the_gateway_is_the_ingress(String overlay) {
        for (String module : List.of("customer-service", "inventory-service", "order-service", "media-service", "gateway-service")) {
            Map<String, Object> hpa = find(overlay, "HorizontalPodAutoscaler", module);
            assertThat(Repo.at(hpa, "spec.scaleTargetRef.name")).isEqualTo(module);
            assertThat(((Number) Repo.at(hpa, "spec.maxReplicas")).intValue())
                    .isGreaterThanOrEqualTo(((Number) Repo.at(hpa, "spec.minReplicas")).intValue());
        }
        Map<String, Object> ingress = find(overlay, "Ingress", "atelier");
        assertThat(String.valueOf(Repo.at(ingress, "spec"))).contains("name=gateway-service");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void config_map_keys_referenced_exist_and_secrets_stay_out_of_config_maps(String overlay) {
        Map<String, Object> config = find(overlay, "ConfigMap", "atelier-config");
        Set<String> keys = Repo.map(config.get("data")).keySet();
        for (String module : Repo.APPLICATIONS) {
            for (Object entry : Repo.list(container(overlay, module).get("env"))) {
                Object ref = Repo.at(Repo.map(entry), "valueFrom.configMapKeyRef");
                if (ref != null) {
                    assertThat(String.valueOf(Repo.map(ref).get("name"))).startsWith("atelier-config");
                    assertThat(keys).as("%s reads %s from atelier-config in %s", module, Repo.map(ref).get("key"), overlay)
                            .contains(String.valueOf(Repo.map(ref).get("key")));
                }
                String name = String.valueOf(Repo.map(entry).get("name"));
                if (name.endsWith("_PASSWORD") || name.endsWith("_SECRET_KEY")) {
                    assertThat(Repo.at(Repo.map(entry), "valueFrom.secretKeyRef")).as("%s of %s comes from a Secret", name, module).isNotNull();
                }
            }
        }
        assertThat(keys).noneMatch(key -> key.contains("PASSWORD") || key.contains("SECRET"));
    }

    @ParameterizedTest
    @MethodSource("overlaysAndApplications")
    void every_application_takes_the_registrys_account_from_its_secret(String overlay, String module) {
        Map<String, String> fromSecret = new HashMap<>();
        for (Object entry : Repo.list(container(overlay, module).get("env"))) {
            Map<String, Object> ref = Repo.map(Repo.at(Repo.map(entry), "valueFrom.secretKeyRef"));
            if (!ref.isEmpty()) {
                fromSecret.put(String.valueOf(Repo.map(entry).get("name")), ref.get("name") + "/" + ref.get("key"));
            }
        }
        assertThat(fromSecret).as("%s in %s", module, overlay)
                .hasEntrySatisfying("EUREKA_USERNAME", ref -> assertThat(ref).startsWith("atelier-registry").endsWith("/username"))
                .hasEntrySatisfying("EUREKA_PASSWORD", ref -> assertThat(ref).startsWith("atelier-registry").endsWith("/password"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void api_documents_are_on_locally_and_off_in_production(String overlay) {
        Map<String, Object> config = find(overlay, "ConfigMap", "atelier-config");
        assertThat(Repo.map(config.get("data"))).containsEntry("API_DOCS_ENABLED", overlay.equals("local") ? "true" : "false");
        for (String module : Repo.APPLICATIONS) {
            if (ServiceConfiguration.of(module).reads("API_DOCS_ENABLED")) {
                assertThat(Repo.list(container(overlay, module).get("env"))).as("%s reads the switch", module)
                        .anyMatch(entry -> "API_DOCS_ENABLED".equals(Repo.map(entry).get("name")));
            }
        }
    }

    @Test
    void the_local_overlay_brings_its_own_infrastructure_and_every_secret_it_references() {
        for (String name : List.of("postgres", "kafka", "keycloak", "minio")) {
            assertThat(find("local", "Deployment", name)).as(name).isNotEmpty();
            assertThat(find("local", "Service", name)).as(name).isNotEmpty();
        }
        Set<String> secrets = new HashSet<>();
        rendered("local").stream().filter(doc -> "Secret".equals(doc.get("kind")))
                .forEach(doc -> secrets.add(String.valueOf(Repo.at(doc, "metadata.name"))));
        for (Map<String, Object> doc : rendered("local")) {
            collectSecretRefs(doc).forEach(ref -> assertThat(secrets).as("Secret %s exists", ref).contains(ref));
        }
    }

    @Test
    void the_local_realm_is_a_faithful_copy_of_identity() {
        assertThat(Repo.read(Repo.root().resolve("deploy/k8s/overlays/local/infrastructure/atelier-realm.json")))
                .isEqualTo(Repo.read(Repo.root().resolve("identity/realm/atelier-realm.json")));
    }

    @Test
    void production_takes_stateful_parts_from_operators_not_home_made_stateful_sets() {
        List<Map<String, Object>> docs = rendered("production");
        assertThat(docs).noneMatch(doc -> "StatefulSet".equals(doc.get("kind")));
        Set<String> kinds = new HashSet<>();
        docs.forEach(doc -> kinds.add(doc.get("apiVersion") + "/" + doc.get("kind")));
        assertThat(kinds).contains("postgresql.cnpg.io/v1/Cluster", "kafka.strimzi.io/v1beta2/Kafka",
                "k8s.keycloak.org/v2alpha1/Keycloak", "minio.min.io/v2/Tenant");
        assertThat(docs).noneMatch(doc -> "Secret".equals(doc.get("kind")));
        for (String module : Repo.APPLICATIONS) {
            assertThat(String.valueOf(container("production", module).get("image"))).startsWith("ghcr.io/atelier/" + module + ":");
        }
        // every database a service is pointed at is created by the operator
        String all = String.valueOf(docs);
        for (String database : List.of("order_service", "inventory_service", "media_service", "notification_service")) {
            assertThat(all).contains("name=" + database + ", owner=" + database);
        }
        assertThat(all).contains("database=customer_service, owner=customer_service");
    }

    private static Set<String> collectSecretRefs(Object node) {
        Set<String> refs = new HashSet<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("secretKeyRef".equals(key) || "secretRef".equals(key)) {
                    refs.add(String.valueOf(Repo.map(value).get("name")));
                } else {
                    refs.addAll(collectSecretRefs(value));
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> refs.addAll(collectSecretRefs(item)));
        }
        return refs;
    }

    private static Map<String, Object> container(String overlay, String module) {
        return Repo.map(Repo.list(Repo.at(deployment(overlay, module), "spec.template.spec.containers")).getFirst());
    }

    private static Map<String, Object> deployment(String overlay, String module) {
        return find(overlay, "Deployment", module);
    }

    private static Map<String, Object> find(String overlay, String kind, String name) {
        return rendered(overlay).stream()
                .filter(doc -> kind.equals(doc.get("kind")) && name.equals(Repo.at(doc, "metadata.name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in overlay " + overlay));
    }

    static synchronized List<Map<String, Object>> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, KustomizeOverlaysTest::render);
    }

    private static List<Map<String, Object>> render(String overlay) {
        String kubectl = onPath("kubectl");
        assumeTrue(kubectl != null, "kubectl is not on the PATH: the Kubernetes overlays are not rendered (install kubectl to check them)");
        try {
            Path output = Files.createTempFile("kustomize-" + overlay, ".yaml");
            Process process = new ProcessBuilder(kubectl, "kustomize", "deploy/k8s/overlays/" + overlay)
                    .directory(Repo.root().toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("kubectl kustomize finishes").isTrue();
            String yaml = Files.readString(output, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            assertThat(process.exitValue()).as("kubectl kustomize deploy/k8s/overlays/%s:%n%s", overlay, yaml).isZero();
            return Repo.documents(yaml);
        } catch (IOException e) {
            throw new AssertionError("cannot run kubectl: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
