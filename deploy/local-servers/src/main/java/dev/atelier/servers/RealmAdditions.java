package dev.atelier.servers;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings the roles, clients and users the realm file has gained since a local Keycloak first imported it
 * (Keycloak's {@code --import-realm} skips a realm that exists). Keycloak's own partial import with
 * {@code ifResourceExists: SKIP}: what is there stays as it is (a designer's changed password, say), what
 * is new is added.
 */
final class RealmAdditions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RealmAdditions() {
    }

    /** The partial-import body for {@code realm}: its roles, clients and users, existing ones skipped. */
    static String partialImport(JsonNode realm) {
        ObjectNode body = JSON.createObjectNode();
        body.put("ifResourceExists", "SKIP");
        for (String part : new String[] { "roles", "clients", "users" }) {
            if (realm.has(part)) {
                body.set(part, realm.get(part));
            }
        }
        return JSON.writeValueAsString(body);
    }

    /** Adds what the file has and the running realm lacks; answers how many resources were added. */
    static int addMissing(String baseUrl, String realm, String adminUsername, String adminPassword, Path realmFile)
            throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(adminUsername)
                + "&password=" + encode(adminPassword);
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IOException("Keycloak's admin login answered " + login.statusCode());
        }
        String token = JSON.readTree(login.body()).path("access_token").asString();
        HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/admin/realms/" + realm + "/partialImport"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(partialImport(JSON.readTree(Files.readString(realmFile)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() != 200) {
            throw new IOException("Keycloak's partial import answered " + imported.statusCode() + ": " + imported.body());
        }
        return JSON.readTree(imported.body()).path("added").asInt();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
