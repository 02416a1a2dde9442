package dev.atelier.gateway.auth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.atelier.gateway.GatewayTest;
import dev.atelier.platform.test.KeycloakEndpoint;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser's way in, step by step as the README shows it: Authorization Code + PKCE (S256)
 * with the public atelier-web client against Keycloak, and the token it gives opens the gateway.
 * The login page is filled in as a browser would.
 */
class PkceLoginTest extends GatewayTest {

    private static final String REDIRECT_URI = "http://localhost:5173/callback";

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * Keycloak's session cookies, sent back on every request. Kept by hand: they are marked
     * {@code Secure}, which Java's cookie manager honours on this plain-HTTP loopback Keycloak.
     */
    private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

    @Test
    void a_junior_logs_in_with_pkce_and_reaches_a_service_through_the_gateway() throws Exception {
        String verifier = randomVerifier();
        String challenge = base64Url(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String openId = keycloak().issuerUri() + "/protocol/openid-connect";

        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(URI.create(openId + "/auth?" + form(Map.of(
                "client_id", KeycloakEndpoint.WEB_CLIENT, "response_type", "code", "scope", "openid",
                "redirect_uri", REDIRECT_URI, "state", "s-42", "code_challenge", challenge,
                "code_challenge_method", "S256")))).GET());
        assertThat(loginPage.statusCode()).isEqualTo(200);

        HttpResponse<String> afterLogin = send(HttpRequest.newBuilder(URI.create(formAction(loginPage.body())))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", "junior", "password", "junior")))));
        assertThat(afterLogin.statusCode()).as(afterLogin.body()).isEqualTo(302);
        URI callback = URI.create(afterLogin.headers().firstValue("Location").orElseThrow());
        assertThat(callback.toString()).startsWith(REDIRECT_URI).contains("state=s-42");
        String code = query(callback, "code");

        HttpResponse<String> wrongVerifier = send(token(openId, code, randomVerifier()));
        assertThat(wrongVerifier.statusCode()).isEqualTo(400);

        // a code is single-use, so a fresh one for the real exchange
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(openId + "/auth?" + form(Map.of(
                "client_id", KeycloakEndpoint.WEB_CLIENT, "response_type", "code", "scope", "openid",
                "redirect_uri", REDIRECT_URI, "state", "s-43", "code_challenge", challenge,
                "code_challenge_method", "S256")))).GET());
        assertThat(again.statusCode()).as("the Keycloak session logs in without the form").isEqualTo(302);
        HttpResponse<String> tokens = send(token(openId,
                query(URI.create(again.headers().firstValue("Location").orElseThrow()), "code"), verifier));
        assertThat(tokens.statusCode()).isEqualTo(200);
        String accessToken = field(tokens.body(), "access_token");
        assertThat(KeycloakEndpoint.claims(accessToken).get("preferred_username")).isEqualTo("junior");

        http.get().uri("/api/orders")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
            .exchange()
            .expectStatus().isOk();
    }

    private static HttpRequest.Builder token(String openId, String code, String verifier) {
        return HttpRequest.newBuilder(URI.create(openId + "/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                    "client_id", KeycloakEndpoint.WEB_CLIENT, "code", code, "redirect_uri", REDIRECT_URI,
                    "code_verifier", verifier))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!this.cookies.isEmpty()) {
            request.header("Cookie", this.cookies.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = this.browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").forEach(header -> {
            String[] pair = header.split(";", 2)[0].split("=", 2);
            this.cookies.put(pair[0].trim(), pair.length > 1 ? pair[1] : "");
        });
        return response;
    }

    private static String formAction(String html) {
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"")
            .matcher(html);
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        String url = action.group(1) != null ? action.group(1) : action.group(2);
        return url.replace("&amp;", "&");
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " missing in " + uri);
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(value.find()).as(name).isTrue();
        return value.group(1);
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
            .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }

    private static String randomVerifier() {
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        return base64Url(random);
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static {
        try {
            MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

}
