package dev.atelier.drills.auth;

import dev.atelier.drills.DrillContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tokens straight from Keycloak: the master realm's admin token (the wrong issuer for the atelier API) and
 * a lead token that expires within seconds, from a drill client ({@value #CLIENT}) whose
 * {@code access.token.lifespan} attribute is short. The client is made fresh and removed again.
 */
final class KeycloakTokens {

    static final String CLIENT = "atelier-drill";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DrillContext context;

    KeycloakTokens(DrillContext context) {
        this.context = context;
    }

    /** An access token of the master realm's admin (client admin-cli, password grant). */
    String masterAdminToken() throws IOException, InterruptedException {
        return tokenOf("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", context.keycloakAdmin(), "password", context.keycloakAdminPassword()));
    }

    /** A lead token of the atelier realm that lives {@code seconds}. */
    String shortLivedLeadToken(int seconds) throws IOException, InterruptedException {
        String admin = masterAdminToken();
        removeClient(admin);
        String client = """
                {"clientId": "%s", "name": "atelier drill (expiring tokens)", "publicClient": true, "directAccessGrantsEnabled": true,
                 "standardFlowEnabled": false, "attributes": {"access.token.lifespan": "%d"},
                 "protocolMappers": [{"name": "audience atelier-api", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
                   "config": {"included.custom.audience": "atelier-api", "access.token.claim": "true", "id.token.claim": "false"}}]}"""
                .formatted(CLIENT, seconds);
        HttpResponse<String> created = context.api().exchange("POST", adminUrl("/clients"), "application/json",
                client.getBytes(StandardCharsets.UTF_8), Map.of("Authorization", "Bearer " + admin));
        if (created.statusCode() != 201) {
            throw new IOException("creating Keycloak client " + CLIENT + " failed: HTTP " + created.statusCode() + " " + created.body());
        }
        return tokenOf(context.realm(), Map.of("grant_type", "password", "client_id", CLIENT, "username", "lead", "password", "lead"));
    }

    /** Removes the drill client (also one left over by an interrupted run). */
    void removeClient() throws IOException, InterruptedException {
        removeClient(masterAdminToken());
    }

    private void removeClient(String admin) throws IOException, InterruptedException {
        HttpResponse<String> found = context.api().exchange("GET", adminUrl("/clients?clientId=" + CLIENT), null, null,
                Map.of("Authorization", "Bearer " + admin));
        for (JsonNode client : JSON.readTree(found.body())) {
            context.api().exchange("DELETE", adminUrl("/clients/" + client.path("id").asString()), null, null,
                    Map.of("Authorization", "Bearer " + admin));
        }
    }

    private String adminUrl(String path) {
        return context.keycloakUrl() + "/admin/realms/" + context.realm() + path;
    }

    private String tokenOf(String realm, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = context.api().exchange("POST", context.keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/token",
                "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8), Map.of());
        String token = JSON.readTree(answer.body()).path("access_token").asString("");
        if (answer.statusCode() != 200 || token.isEmpty()) {
            throw new IOException("token from Keycloak realm " + realm + " (" + form.get("client_id") + ") failed: HTTP " + answer.statusCode());
        }
        return token;
    }
}
