package dev.atelier.platform.test;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real Keycloak with the {@code atelier} realm from {@code identity/realm} imported, shared by the
 * tests of one JVM. Gives real tokens for the demo users, so services test their security with the
 * tokens production would see.
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void servers(DynamicPropertyRegistry registry) {
 *     TestInfrastructure.keycloak().registerWith(registry);
 * }
 * ...
 * String token = TestInfrastructure.keycloak().accessToken(KeycloakEndpoint.LEAD, KeycloakEndpoint.LEAD);
 * }</pre>
 */
public record KeycloakEndpoint(String baseUrl, String realm, String adminUsername, String adminPassword) {

    /** Demo users of the realm; each one's password is its name. */
    public static final String LEAD = "lead";
    public static final String JUNIOR = "junior";
    /** The public client of frontends (Authorization Code + PKCE; password grant enabled in this realm). */
    public static final String WEB_CLIENT = "atelier-web";
    /** The confidential client for calls between services (client credentials). */
    public static final String SERVICE_CLIENT = "atelier-service";
    public static final String SERVICE_CLIENT_SECRET = "atelier-service-secret";
    /** The gateway's confidential client for the web console's sign-in (Authorization Code + PKCE). */
    public static final String CONSOLE_CLIENT = "atelier-console";
    public static final String CONSOLE_CLIENT_SECRET = "atelier-console-secret";
    /** The audience every access token of the realm carries and every service checks. */
    public static final String AUDIENCE = "atelier-api";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A token endpoint answer: its HTTP status and JSON body. */
    public record TokenResponse(int status, String body) {

        public String accessToken() {
            return field("access_token");
        }

        public String refreshToken() {
            return field("refresh_token");
        }

        /** {@code error} of an OAuth error answer, e.g. {@code invalid_grant}. */
        public String error() {
            return field("error");
        }

        private String field(String name) {
            Map<String, Object> json = JsonPath.parse(body).read("$");
            Object value = json.get(name);
            return value == null ? null : value.toString();
        }
    }

    public String issuerUri() {
        return baseUrl + "/realms/" + realm;
    }

    public String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    public String jwkSetUri() {
        return issuerUri() + "/protocol/openid-connect/certs";
    }

    /** Points a Spring resource server at this realm ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}). */
    public void registerWith(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", this::issuerUri);
    }

    /** The resource owner password grant against {@code atelier-web}, whatever the answer. */
    public TokenResponse passwordGrant(String username, String password) {
        return tokenRequest(Map.of("grant_type", "password", "client_id", WEB_CLIENT, "username", username,
                "password", password, "scope", "openid"));
    }

    /** A valid access token for the user, or an {@link AssertionError} that says why there is none. */
    public String accessToken(String username, String password) {
        return successful(passwordGrant(username, password), "user " + username).accessToken();
    }

    /** An access token of the {@code atelier-service} service account (client credentials). */
    public String serviceAccessToken() {
        return successful(clientCredentialsGrant(SERVICE_CLIENT, SERVICE_CLIENT_SECRET), SERVICE_CLIENT).accessToken();
    }

    public TokenResponse clientCredentialsGrant(String clientId, String clientSecret) {
        return tokenRequest(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret));
    }

    /** The claims of a JWT, read without checking its signature (tests only: the services check it). */
    public static Map<String, Object> claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a JWT: " + jwt);
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return JsonPath.parse(payload).read("$");
    }

    private TokenResponse tokenRequest(Map<String, String> form) {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new TokenResponse(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + tokenEndpoint() + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted asking Keycloak for a token", e);
        }
    }

    private static TokenResponse successful(TokenResponse response, String who) {
        if (response.status() != 200) {
            throw new AssertionError("Keycloak gave no token for " + who + ": HTTP " + response.status() + " " + response.body());
        }
        return response;
    }
}
