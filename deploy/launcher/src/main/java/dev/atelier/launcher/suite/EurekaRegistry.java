package dev.atelier.launcher.suite;

import dev.atelier.suite.LocalEndpoints;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Which applications have an instance UP in Eureka ({@code GET /eureka/apps}, JSON). */
public final class EurekaRegistry {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EurekaRegistry() {}

    /**
     * {@code name:port} of every instance whose status is UP, the name in lower case as
     * {@code spring.application.name} (the port tells our instance from another one of the same name). Eureka writes a single application or instance as an object rather than a
     * one-element array, so both shapes are read.
     */
    public static Set<String> upApplications(String appsJson) {
        Set<String> up = new HashSet<>();
        JsonNode applications;
        try {
            applications = JSON.readTree(appsJson).path("applications").path("application");
        } catch (JacksonException e) {
            return up;
        }
        for (JsonNode application : asList(applications)) {
            for (JsonNode instance : asList(application.path("instance"))) {
                if ("UP".equals(instance.path("status").asString(""))) {
                    up.add(key(application.path("name").asString(""), instance.path("port").path("$").asInt(-1)));
                }
            }
        }
        return up;
    }

    /** Asks the registry on loopback with the local account; an empty set when it does not answer. */
    public static Set<String> fetch(HttpClient http, String host, int port) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/eureka/apps"))
                    .timeout(Duration.ofSeconds(2)).header("Accept", "application/json")
                    .header("Authorization", localBasicAuthorization()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? upApplications(answer.body()) : Set.of();
        } catch (IOException e) {
            return Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        }
    }

    /** {@code Basic ...} for the local registry account ({@link LocalEndpoints.Registry#LOCAL}). */
    public static String localBasicAuthorization() {
        String credentials = LocalEndpoints.Registry.LOCAL.username() + ":" + LocalEndpoints.Registry.LOCAL.password();
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    public static String key(String application, int port) {
        return application.toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static Iterable<JsonNode> asList(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return java.util.List.of();
        }
        return node.isArray() ? node : java.util.List.of(node);
    }
}
