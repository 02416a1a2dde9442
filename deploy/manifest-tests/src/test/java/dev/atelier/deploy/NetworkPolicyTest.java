package dev.atelier.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NetworkPolicies of deploy/k8s/base against the code: each application is reached on its port only by
 * the gateway and the services whose code calls it (platform ServiceClients, {@code SERVICE = "x-service"}),
 * discovery only by the suite's pods, and the management port only from the monitoring namespace.
 */
class NetworkPolicyTest {

    private static final Pattern CALLED = Pattern.compile("static final String SERVICE = \"([a-z]+-service)\"");

    static Stream<org.junit.jupiter.params.provider.Arguments> overlaysAndApplications() {
        return KustomizeOverlaysTest.overlaysAndApplications();
    }

    @ParameterizedTest
    @MethodSource("overlaysAndApplications")
    void each_application_is_reached_only_by_its_documented_callers(String overlay, String module) {
        Map<String, Object> policy = policy(overlay, module);
        assertThat(Repo.at(policy, "spec.podSelector.matchLabels")).isEqualTo(Map.of("app.kubernetes.io/name", module));
        assertThat(Repo.list(Repo.at(policy, "spec.policyTypes"))).contains("Ingress");
        int port = ServiceConfiguration.of(module).port();
        List<Object> rules = Repo.list(Repo.at(policy, "spec.ingress"));
        Map<String, Object> onItsPort = rules.stream().map(Repo::map)
                .filter(rule -> Repo.list(rule.get("ports")).stream().anyMatch(p -> port == ((Number) Repo.map(p).get("port")).intValue()))
                .findFirst().orElseThrow(() -> new AssertionError(module + " has no rule for its port " + port));
        Set<Object> from = new HashSet<>();
        Repo.list(onItsPort.get("from")).forEach(peer -> from.add(Repo.at(Repo.map(peer), "podSelector.matchLabels")));
        switch (module) {
            case "gateway-service" -> assertThat(onItsPort.get("from")).as("the front door is open to the Ingress").isNull();
            case "discovery-service" -> assertThat(from).containsExactly(Map.of("app.kubernetes.io/part-of", "atelier"));
            default -> {
                Set<Object> expected = new HashSet<>();
                expected.add(Map.of("app.kubernetes.io/name", "gateway-service"));
                callersOf(module).forEach(caller -> expected.add(Map.of("app.kubernetes.io/name", caller)));
                assertThat(from).as("who may call %s in %s", module, overlay).isEqualTo(expected);
            }
        }
        for (Map<String, Object> rule : rules.stream().map(Repo::map).toList()) {
            if (rule != onItsPort) {
                assertThat(String.valueOf(rule)).as("any other rule of %s is the monitoring namespace's, on the management port", module)
                        .contains("kubernetes.io/metadata.name=monitoring")
                        .contains("port=" + (ServiceConfiguration.of(module).usesPlatform() ? KustomizeOverlaysTest.MANAGEMENT_PORT : port));
            }
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"local", "production"})
    void redis_where_it_runs_is_reached_by_the_gateway_only(String overlay) {
        List<Map<String, Object>> docs = KustomizeOverlaysTest.rendered(overlay);
        boolean runsRedis = docs.stream().anyMatch(doc -> "Deployment".equals(doc.get("kind")) && "redis".equals(Repo.at(doc, "metadata.name")));
        List<Map<String, Object>> policies = docs.stream()
                .filter(doc -> "NetworkPolicy".equals(doc.get("kind")) && "redis".equals(Repo.at(doc, "metadata.name"))).toList();
        if (!runsRedis) {
            assertThat(policies).as("no policy for a Redis %s does not run", overlay).isEmpty();
            return;
        }
        assertThat(policies).hasSize(1);
        List<Object> rules = Repo.list(Repo.at(policies.get(0), "spec.ingress"));
        assertThat(rules).hasSize(1);
        Set<Object> from = new HashSet<>();
        Repo.list(Repo.map(rules.get(0)).get("from")).forEach(peer -> from.add(Repo.at(Repo.map(peer), "podSelector.matchLabels")));
        assertThat(from).isEqualTo(Set.of(Map.of("app.kubernetes.io/name", "gateway-service")));
    }

    @org.junit.jupiter.api.Test
    void the_scan_finds_the_calls_the_architecture_documents() {
        assertThat(callersOf("customer-service")).containsExactlyInAnyOrder("order-service", "notification-service");
        assertThat(callersOf("order-service")).containsExactlyInAnyOrder("media-service", "notification-service");
        assertThat(callersOf("notification-service")).isEmpty();
        assertThat(callersOf("inventory-service")).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"local", "production"})
    void notification_service_reaches_out_only_on_the_ports_of_what_it_talks_to(String overlay) {
        List<Map<String, Object>> egress = KustomizeOverlaysTest.rendered(overlay).stream()
                .filter(doc -> "NetworkPolicy".equals(doc.get("kind")))
                .filter(doc -> Repo.list(Repo.at(doc, "spec.policyTypes")).contains("Egress")).toList();
        assertThat(egress).as("the only egress policy in %s", overlay).singleElement()
                .satisfies(policy -> assertThat(Repo.at(policy, "spec.podSelector.matchLabels"))
                        .isEqualTo(Map.of("app.kubernetes.io/name", "notification-service")));
        Set<Integer> ports = new HashSet<>();
        Map<Integer, Object> peers = new java.util.HashMap<>();
        for (Object rule : Repo.list(Repo.at(egress.getFirst(), "spec.egress"))) {
            for (Object port : Repo.list(Repo.map(rule).get("ports"))) {
                int number = ((Number) Repo.map(port).get("port")).intValue();
                ports.add(number);
                peers.put(number, Repo.map(rule).get("to"));
            }
        }
        // DNS, PostgreSQL, Kafka, Keycloak (in the cluster, or its https issuer), Eureka, the two services, SMTP
        assertThat(ports).containsExactlyInAnyOrder(53, 5432, 9092, 8080, 8180, 8761, 8082, 8081, 25, 465, 587, 1025, 443);
        // the suite's own services by their pods, not any address on their port
        for (String module : List.of("discovery-service", "customer-service", "order-service")) {
            int port = ServiceConfiguration.of(module).port();
            assertThat(String.valueOf(peers.get(port))).as("who %d is", port).contains("app.kubernetes.io/name=" + module);
        }
        // every port the ConfigMap names for it is open: SMTP, Kafka, PostgreSQL
        Map<String, Object> config = Repo.map(KustomizeOverlaysTest.rendered(overlay).stream()
                .filter(doc -> "ConfigMap".equals(doc.get("kind")) && "atelier-config".equals(Repo.at(doc, "metadata.name")))
                .findFirst().orElseThrow().get("data"));
        assertThat(ports).contains(Integer.parseInt(String.valueOf(config.get("SMTP_PORT"))), Integer.parseInt(String.valueOf(config.get("DB_PORT"))),
                Integer.parseInt(String.valueOf(config.get("KAFKA_BOOTSTRAP_SERVERS")).replaceAll(".*:", "")));
    }

    private static Map<String, Object> policy(String overlay, String module) {
        return KustomizeOverlaysTest.rendered(overlay).stream()
                .filter(doc -> "NetworkPolicy".equals(doc.get("kind")) && module.equals(Repo.at(doc, "metadata.name")))
                .findFirst().orElseThrow(() -> new AssertionError("no NetworkPolicy " + module + " in " + overlay));
    }

    /** The modules whose main code names {@code module} as the service it calls. */
    static Set<String> callersOf(String module) {
        Set<String> callers = new HashSet<>();
        for (String caller : Repo.APPLICATIONS) {
            Path sources = Repo.root().resolve(caller).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                    Matcher called = CALLED.matcher(Repo.read(file));
                    while (called.find()) {
                        if (called.group(1).equals(module)) {
                            callers.add(caller);
                        }
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return callers;
    }
}
