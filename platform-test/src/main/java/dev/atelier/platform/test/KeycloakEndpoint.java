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
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
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
 * String token = TestInfrastructure.keycloak().cachedAccessToken(KeycloakEndpoint.LEAD, KeycloakEndpoint.LEAD);
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

    /** A cached token is replaced once less than this is left of its life (300 s in the realm). */
    static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(1);

    // Static: a record holds no state of its own. Keyed by token endpoint, so two realms never share.
    private static final Map<TokenKey, RefreshingToken> CACHED_TOKENS = new ConcurrentHashMap<>();

    /** A token endpoint answer: its HTTP status and JSON body. */
    public record TokenResponse(int status, String body) {

        public String accessToken() {
            return field("access_token");
        }

        public String refreshToken() {
            return field("refresh_token");
        }

        /** How long the access token lives from when it was issued ({@code expires_in}). */
        public Duration expiresIn() {
            return Duration.ofSeconds(Long.parseLong(field("expires_in")));
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

    /**
     * {@link #accessToken(String, String)} shared by all tests of the JVM: the same token until shortly before it
     * expires, so test suites do not ask Keycloak once per test. Not for tests about the token itself.
     */
    public String cachedAccessToken(String username, String password) {
        return cached(new TokenKey(tokenEndpoint(), "user " + username, password),
                () -> passwordGrant(username, password));
    }

    /** {@link #serviceAccessToken()} shared by all tests of the JVM, as {@link #cachedAccessToken(String, String)}. */
    public String cachedServiceAccessToken() {
        return cachedClientToken(SERVICE_CLIENT, SERVICE_CLIENT_SECRET);
    }

    /** A client's own token (client credentials) shared by all tests of the JVM, as {@link #cachedAccessToken(String, String)}. */
    public String cachedClientToken(String clientId, String clientSecret) {
        return cached(new TokenKey(tokenEndpoint(), clientId, clientSecret),
                () -> clientCredentialsGrant(clientId, clientSecret));
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

    private static String cached(TokenKey key, Supplier<TokenResponse> grant) {
        return CACHED_TOKENS.computeIfAbsent(key, RefreshingToken::new).get(grant);
    }

    /** The secret is part of the key, so a wrong password is refused, never answered from the cache. */
    private record TokenKey(String tokenEndpoint, String who, String secret) {
    }

    /** One user's or client's token, with its own lock: concurrent tests wait for one grant, the map is not held. */
    private static final class RefreshingToken {

        private final TokenKey key;

        private String token;

        private Instant refreshAt = Instant.MIN;

        RefreshingToken(TokenKey key) {
            this.key = key;
        }

        synchronized String get(Supplier<TokenResponse> grant) {
            // Timed from before the request, so the token never lives longer than we think.
            Instant asked = Instant.now();
            if (!asked.isBefore(this.refreshAt)) {
                TokenResponse response = successful(grant.get(), this.key.who());
                this.token = response.accessToken();
                this.refreshAt = asked.plus(response.expiresIn()).minus(REFRESH_BEFORE_EXPIRY);
            }
            return this.token;
        }
    }

    private static TokenResponse successful(TokenResponse response, String who) {
        if (response.status() != 200) {
            throw new AssertionError("Keycloak gave no token for " + who + ": HTTP " + response.status() + " " + response.body());
        }
        return response;
    }
}
