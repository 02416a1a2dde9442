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
        assertThat(callersOf("customer-service")).containsExactly("order-service");
        assertThat(callersOf("order-service")).containsExactly("media-service");
        assertThat(callersOf("inventory-service")).isEmpty();
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
