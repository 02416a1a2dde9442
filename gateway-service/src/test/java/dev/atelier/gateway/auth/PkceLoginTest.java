package dev.atelier.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.gateway.Browser;
import dev.atelier.gateway.GatewayTest;
import dev.atelier.platform.test.KeycloakEndpoint;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * The browser's way in, step by step as the README shows it: Authorization Code + PKCE (S256)
 * with the public atelier-web client against Keycloak, and the token it gives opens the gateway.
 * The login page is filled in as a browser would.
 */
class PkceLoginTest extends GatewayTest {

    private static final String REDIRECT_URI = "http://localhost:5173/callback";

    private final Browser browser = new Browser();

    @Test
    void a_junior_logs_in_with_pkce_and_reaches_a_service_through_the_gateway() throws Exception {
        String verifier = randomVerifier();
        String challenge = base64Url(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String openId = keycloak().issuerUri() + "/protocol/openid-connect";

        HttpResponse<String> loginPage = browser.get(openId + "/auth?" + Browser.form(Map.of(
                "client_id", KeycloakEndpoint.WEB_CLIENT, "response_type", "code", "scope", "openid",
                "redirect_uri", REDIRECT_URI, "state", "s-42", "code_challenge", challenge,
                "code_challenge_method", "S256")));
        assertThat(loginPage.statusCode()).isEqualTo(200);

        HttpResponse<String> afterLogin = browser.postForm(Browser.formAction(loginPage.body()),
                Map.of("username", "junior", "password", "junior"), Map.of());
        assertThat(afterLogin.statusCode()).as(afterLogin.body()).isEqualTo(302);
        URI callback = URI.create(afterLogin.headers().firstValue("Location").orElseThrow());
        assertThat(callback.toString()).startsWith(REDIRECT_URI).contains("state=s-42");
        String code = query(callback, "code");

        HttpResponse<String> wrongVerifier = token(openId, code, randomVerifier());
        assertThat(wrongVerifier.statusCode()).isEqualTo(400);

        // a code is single-use, so a fresh one for the real exchange
        HttpResponse<String> again = browser.get(openId + "/auth?" + Browser.form(Map.of(
                "client_id", KeycloakEndpoint.WEB_CLIENT, "response_type", "code", "scope", "openid",
                "redirect_uri", REDIRECT_URI, "state", "s-43", "code_challenge", challenge,
                "code_challenge_method", "S256")));
        assertThat(again.statusCode()).as("the Keycloak session logs in without the form").isEqualTo(302);
        HttpResponse<String> tokens = token(openId, query(URI.create(Browser.location(again)), "code"), verifier);
        assertThat(tokens.statusCode()).isEqualTo(200);
        String accessToken = field(tokens.body(), "access_token");
        assertThat(KeycloakEndpoint.claims(accessToken).get("preferred_username")).isEqualTo("junior");

        http.get().uri("/api/orders")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
            .exchange()
            .expectStatus().isOk();
    }

    private HttpResponse<String> token(String openId, String code, String verifier) {
        return browser.postForm(openId + "/token", Map.of("grant_type", "authorization_code",
                "client_id", KeycloakEndpoint.WEB_CLIENT, "code", code, "redirect_uri", REDIRECT_URI,
                "code_verifier", verifier), Map.of());
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
