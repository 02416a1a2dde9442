package dev.atelier.drills.registry;

import dev.atelier.drills.Drill;
import dev.atelier.drills.DrillContext;
import dev.atelier.drills.DrillReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Plays an attacker against the live registry: registers a forged order-service
 * instance without credentials (and with a guessed password), reads the registry anonymously, and
 * checks that all of it is refused, that nothing forged is listed, and that health stays anonymous.
 * Should a forged instance get in, it is removed again so the suite does not route to it.
 */
public final class RegistryDrill implements Drill {

    /** TEST-NET-3 (RFC 5737): an address that never answers, should the forgery be accepted. */
    static final String FORGED_ADDRESS = "203.0.113.7";
    static final String FORGED_ID = "drill-forged:order-service:1";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Override
    public String name() {
        return "registry";
    }

    @Override
    public String summary() {
        return "an anonymous or wrong-password registration and an anonymous read of Eureka are refused (401); health stays open";
    }

    @Override
    public void run(DrillContext context, DrillReport report) throws Exception {
        String registry = context.serviceUrl("discovery");
        String local = context.registryAuthorization();
        String guessed = basic("atelier", "atelier");

        report.say("POST %s/eureka/apps/ORDER-SERVICE as %s:%d, no credentials", registry, FORGED_ADDRESS, 1);
        int anonymous = send(registry, "POST", "/eureka/apps/ORDER-SERVICE", null, forgedInstance()).statusCode();
        report.check("anonymous registration refused: " + anonymous + " (expected 401)", anonymous == 401);

        int wrongPassword = send(registry, "POST", "/eureka/apps/ORDER-SERVICE", guessed, forgedInstance()).statusCode();
        report.check("registration with a guessed password refused: " + wrongPassword + " (expected 401)", wrongPassword == 401);

        int anonymousRead = send(registry, "GET", "/eureka/apps", null, null).statusCode();
        report.check("anonymous read of the registry refused: " + anonymousRead + " (expected 401)", anonymousRead == 401);

        HttpResponse<String> listed = send(registry, "GET", "/eureka/apps/ORDER-SERVICE", local, null);
        report.check("the registry's account reads it: " + listed.statusCode() + " (expected 200)", listed.statusCode() == 200);
        boolean forgedListed = listed.body().contains(FORGED_ADDRESS);
        report.check("no forged order-service instance is listed", !forgedListed);
        if (forgedListed || anonymous / 100 == 2 || wrongPassword / 100 == 2) {
            int removed = send(registry, "DELETE", "/eureka/apps/ORDER-SERVICE/" + FORGED_ID, local, null).statusCode();
            report.say("removed the forged instance again: %d", removed);
        }

        int health = send(registry, "GET", "/actuator/health", null, null).statusCode();
        report.check("health answers without credentials: " + health + " (expected 200)", health == 200);
    }

    private HttpResponse<String> send(String registry, String method, String path, String authorization, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(registry + path)).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** What an attacker posts: order-service's name at an address of their choosing. */
    static String forgedInstance() {
        return """
                {"instance": {"instanceId": "%1$s", "hostName": "%2$s", "app": "ORDER-SERVICE", "ipAddr": "%2$s",
                  "vipAddress": "order-service", "status": "UP", "port": {"$": 1, "@enabled": "true"},
                  "dataCenterInfo": {"@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo", "name": "MyOwn"}}}
                """.formatted(FORGED_ID, FORGED_ADDRESS);
    }
}
