package dev.atelier.identity;

import static dev.atelier.platform.test.KeycloakEndpoint.AUDIENCE;
import static dev.atelier.platform.test.KeycloakEndpoint.JUNIOR;
import static dev.atelier.platform.test.KeycloakEndpoint.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.KeycloakEndpoint.TokenResponse;
import dev.atelier.platform.test.TestInfrastructure;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The realm from identity/realm imported into a real Keycloak issues the tokens the services expect. */
class AtelierRealmTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static KeycloakEndpoint keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = TestInfrastructure.keycloak();
    }

    @Test
    void lead_gets_a_token_with_the_lead_role_the_api_audience_and_the_issuer() {
        Map<String, Object> claims = KeycloakEndpoint.claims(keycloak.accessToken(LEAD, LEAD));

        assertThat(claims.get("iss")).isEqualTo(keycloak.issuerUri());
        assertThat(keycloak.issuerUri()).startsWith("http://127.0.0.1:").endsWith("/realms/atelier");
        assertThat(audience(claims)).contains(AUDIENCE);
        assertThat(realmRoles(claims)).contains("lead_designer").doesNotContain("junior_designer");
        assertThat(claims).containsEntry("preferred_username", "lead").containsEntry("azp", "atelier-web")
                .containsEntry("email", "lead@example.com").containsEntry("email_verified", true);
        assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue())
                .as("access token lifetime in seconds").isEqualTo(300);
    }

    @Test
    void junior_gets_a_token_with_the_junior_role_only() {
        Map<String, Object> claims = KeycloakEndpoint.claims(keycloak.accessToken(JUNIOR, JUNIOR));

        assertThat(claims.get("iss")).isEqualTo(keycloak.issuerUri());
        assertThat(audience(claims)).contains(AUDIENCE);
        assertThat(realmRoles(claims)).contains("junior_designer").doesNotContain("lead_designer");
        assertThat(claims).containsEntry("preferred_username", "junior");
        assertThat(clientRoles(claims, "realm-management")).isEmpty();
    }

    @Test
    void a_wrong_password_gets_no_token() {
        TokenResponse refused = keycloak.passwordGrant(LEAD, "not-the-password");

        // RFC 6749 5.2: a bad resource-owner credential is 400 invalid_grant (the gateway's login answers 401)
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("invalid_grant");
        assertThat(refused.body()).doesNotContain("access_token");
    }

    @Test
    void the_service_client_gets_a_token_with_client_credentials_and_no_designer_role() {
        Map<String, Object> claims = KeycloakEndpoint.claims(keycloak.serviceAccessToken());

        assertThat(claims.get("iss")).isEqualTo(keycloak.issuerUri());
        assertThat(claims).containsEntry("azp", "atelier-service");
        assertThat(audience(claims)).contains(AUDIENCE);
        assertThat(realmRoles(claims)).contains("atelier_service").doesNotContain("lead_designer", "junior_designer");
    }

    @Test
    void the_notifier_client_gets_a_token_with_the_notifier_role_only() {
        TokenResponse granted = keycloak.clientCredentialsGrant("atelier-notifier", "atelier-notifier-secret");
        assertThat(granted.status()).isEqualTo(200);
        Map<String, Object> claims = KeycloakEndpoint.claims(granted.accessToken());

        assertThat(claims).containsEntry("azp", "atelier-notifier");
        assertThat(audience(claims)).contains(AUDIENCE);
        assertThat(realmRoles(claims)).contains("notifier")
                .doesNotContain("lead_designer", "junior_designer", "atelier_service");
        assertThat(clientRoles(claims, "realm-management")).isEmpty();
    }

    @Test
    void a_wrong_client_secret_is_refused() {
        TokenResponse refused = keycloak.clientCredentialsGrant("atelier-service", "not-the-secret");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.error()).isEqualTo("unauthorized_client");
    }

    @Test
    void lead_may_manage_users_through_the_admin_api_and_junior_may_not() throws Exception {
        Map<String, Object> claims = KeycloakEndpoint.claims(keycloak.accessToken(LEAD, LEAD));
        assertThat(clientRoles(claims, "realm-management")).contains("manage-users", "view-users", "query-users");

        HttpResponse<String> asLead = adminGet("/users?search=junior", keycloak.accessToken(LEAD, LEAD));
        assertThat(asLead.statusCode()).isEqualTo(200);
        assertThat(asLead.body()).contains("\"username\":\"junior\"");
        assertThat(adminGet("/roles/junior_designer", keycloak.accessToken(LEAD, LEAD)).statusCode()).isEqualTo(200);

        assertThat(adminGet("/users?search=lead", keycloak.accessToken(JUNIOR, JUNIOR)).statusCode()).isEqualTo(403);
    }

    @Test
    void a_refresh_token_works_once() {
        String refreshToken = keycloak.passwordGrant(JUNIOR, JUNIOR).refreshToken();

        TokenResponse first = refresh(refreshToken);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.refreshToken()).isNotEqualTo(refreshToken);

        TokenResponse reused = refresh(refreshToken);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.error()).isEqualTo("invalid_grant");
    }

    @Test
    void the_web_client_requires_pkce_for_the_authorization_code_flow() throws Exception {
        String authorize = keycloak.issuerUri() + "/protocol/openid-connect/auth?client_id=atelier-web&response_type=code"
                + "&scope=openid&redirect_uri=" + URLEncoder.encode("http://localhost:5173/callback", StandardCharsets.UTF_8);

        HttpResponse<String> withoutPkce = get(authorize);
        assertThat(withoutPkce.statusCode()).isEqualTo(302);
        assertThat(withoutPkce.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith("http://localhost:5173/callback").contains("error=invalid_request"));

        HttpResponse<String> withPkce = get(authorize + "&code_challenge_method=S256"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assertThat(withPkce.statusCode()).isEqualTo(200);
        assertThat(withPkce.body()).contains("kc-form-login");
    }

    @Test
    void the_console_client_requires_pkce_and_its_secret() throws Exception {
        String authorize = keycloak.issuerUri() + "/protocol/openid-connect/auth?client_id=atelier-console&response_type=code"
                + "&scope=openid&redirect_uri=" + URLEncoder.encode("http://127.0.0.1:8080/login/oauth2/code/atelier-console",
                        StandardCharsets.UTF_8);

        assertThat(get(authorize).headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).contains("error=invalid_request"));
        HttpResponse<String> withPkce = get(authorize + "&code_challenge_method=S256"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assertThat(withPkce.statusCode()).isEqualTo(200);
        assertThat(withPkce.body()).contains("kc-form-login");
        assertThat(keycloak.clientCredentialsGrant("atelier-console", "atelier-console-secret").status())
                .as("no service account: the console client acts only for a signed-in designer").isEqualTo(401);
    }

    @Test
    void brute_force_detection_locks_an_account_after_repeated_failures_even_against_the_right_password() throws Exception {
        String lead = keycloak.accessToken(LEAD, LEAD);
        String username = "guessed-" + System.nanoTime();
        String password = "right-Password-1";
        HttpResponse<String> created = admin("POST", "/users", lead, "{\"username\": \"" + username + "\", \"enabled\": true,"
                + " \"email\": \"" + username + "@example.com\", \"emailVerified\": true, \"firstName\": \"Guessed\","
                + " \"lastName\": \"User\", \"credentials\": [{\"type\": \"password\", \"value\": \"" + password
                + "\", \"temporary\": false}]}");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        try {
            assertThat(keycloak.passwordGrant(username, password).status()).isEqualTo(200);

            // failureFactor (10) wrong guesses lock the account for a while, however slowly they came
            for (int guess = 1; guess <= 10; guess++) {
                assertThat(keycloak.passwordGrant(username, "guess-" + guess).error()).isEqualTo("invalid_grant");
            }

            TokenResponse locked = keycloak.passwordGrant(username, password);
            assertThat(locked.error()).isEqualTo("invalid_grant");
            assertThat(locked.body()).doesNotContain("access_token");
            HttpResponse<String> status = admin("GET", "/attack-detection/brute-force/users/" + id, lead, null);
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(status.body()).contains("\"disabled\":true");
        } finally {
            admin("DELETE", "/users/" + id, lead, null);
        }
    }

    private static HttpResponse<String> admin(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/atelier" + path))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private TokenResponse refresh(String refreshToken) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&client_id=atelier-web&refresh_token="
                            + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return new TokenResponse(response.statusCode(), response.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<String> adminGet(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/atelier" + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> audience(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        return aud instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(aud));
    }

    @SuppressWarnings("unchecked")
    private static List<String> realmRoles(Map<String, Object> claims) {
        Map<String, Object> realmAccess = (Map<String, Object>) claims.getOrDefault("realm_access", Map.of());
        return ((List<Object>) realmAccess.getOrDefault("roles", List.of())).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> clientRoles(Map<String, Object> claims, String client) {
        Map<String, Object> resourceAccess = (Map<String, Object>) claims.getOrDefault("resource_access", Map.of());
        Map<String, Object> access = (Map<String, Object>) resourceAccess.getOrDefault(client, Map.of());
        return ((List<Object>) access.getOrDefault("roles", List.of())).stream().map(String::valueOf).toList();
    }
}
