package dev.atelier.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.gateway.Browser;
import dev.atelier.gateway.DownstreamStub;
import dev.atelier.gateway.GatewayTest;
import dev.atelier.platform.test.KeycloakEndpoint;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * The web console's sign-in through the gateway as its Backend-for-Frontend, with the real
 * Keycloak and Redis: Authorization Code + PKCE, the session cookie, CSRF, the token relayed to a
 * service, and sign-out ending Keycloak's session too.
 */
class ConsoleSignInTest extends GatewayTest {

    @LocalServerPort
    int port;

    private String gateway;

    private final Browser browser = new Browser();

    @Autowired
    private ReactiveStringRedisTemplate redis;

    @BeforeEach
    void gateway() {
        this.gateway = "http://127.0.0.1:" + this.port;
    }

    @Test
    void the_sign_in_uses_pkce_s256_and_comes_back_to_the_console_with_a_session() {
        HttpResponse<String> start = browser.get(gateway + "/oauth2/authorization/atelier-console");
        URI keycloakPage = URI.create(Browser.location(start));
        assertThat(keycloakPage.toString()).startsWith(keycloak().issuerUri() + "/protocol/openid-connect/auth")
            .contains("client_id=atelier-console", "code_challenge_method=S256", "code_challenge=", "state=",
                    "redirect_uri=" + gateway + "/login/oauth2/code/atelier-console");

        HttpResponse<String> callback = new Browser().signIn(gateway, KeycloakEndpoint.LEAD);

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(Browser.location(callback)).isEqualTo("/");
    }

    @Test
    void the_session_is_kept_in_redis_under_the_console_namespace() {
        browser.signIn(gateway, KeycloakEndpoint.LEAD);
        String sessionId = browser.cookie(gateway, SessionCookie.LOOPBACK_NAME);

        assertThat(redis.hasKey("atelier:console:sessions:" + sessionId).block()).as("under CONSOLE_SESSION_NAMESPACE")
            .isTrue();
        assertThat(redis.hasKey("spring:session:sessions:" + sessionId).block()).as("not under Spring Session's default")
            .isFalse();
    }

    @Test
    void who_am_i_answers_the_signed_in_designer_and_no_token() {
        browser.signIn(gateway, KeycloakEndpoint.LEAD);

        HttpResponse<String> me = browser.get(gateway + "/api/me", Map.of("Accept", "application/json"));

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"lead\"", "\"name\":\"Amara Okafor\"", "\"roles\":[\"lead_designer\"]");
        assertNoTokenReachedTheBrowser();
    }

    @Test
    void the_session_cookie_is_http_only_same_site_strict_and_host_only() {
        browser.signIn(gateway, KeycloakEndpoint.JUNIOR);

        List<String> sessionCookies = browser.setCookieHeaders.stream()
            .filter(header -> header.startsWith(SessionCookie.LOOPBACK_NAME + "=")).toList();
        assertThat(sessionCookies).isNotEmpty().allSatisfy(header -> assertThat(header)
            .containsIgnoringCase("; HttpOnly").contains("SameSite=Strict", "Path=/").doesNotContainIgnoringCase("Domain="));
        assertThat(browser.cookie(gateway, SessionCookie.LOOPBACK_NAME)).isNotBlank();
    }

    @Test
    void off_loopback_the_cookie_is_a_secure_host_prefixed_one() {
        http.get().uri("/oauth2/authorization/atelier-console")
            .header("Host", "studio.example.com")
            .exchange()
            .expectStatus().isFound()
            .expectHeader().value("Set-Cookie", header -> assertThat(header)
                .startsWith(SessionCookie.SECURE_NAME + "=").containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                .contains("SameSite=Strict", "Path=/"));
    }

    @Test
    void an_api_call_with_the_session_reaches_the_service_with_the_access_token_and_without_the_cookies() {
        browser.signIn(gateway, KeycloakEndpoint.JUNIOR);
        DownstreamStub orders = SERVICES.get("order-service");
        int before = orders.received().size();

        HttpResponse<String> list = browser.get(gateway + "/api/orders?size=5", Map.of("Accept", "application/json"));

        assertThat(list.statusCode()).isEqualTo(200);
        DownstreamStub.Received call = orders.received().get(before);
        assertThat(call.pathAndQuery()).isEqualTo("/api/orders?size=5");
        assertThat(call.authorization()).startsWith("Bearer ");
        assertThat(KeycloakEndpoint.claims(call.authorization().substring("Bearer ".length())))
            .containsEntry("preferred_username", "junior").containsEntry("azp", "atelier-console");
        assertThat(orders.receivedHeaders().get(before)).doesNotContainKeys("Cookie", "cookie");
    }

    @Test
    void a_write_with_the_session_needs_the_csrf_token_from_the_readable_cookie() {
        browser.signIn(gateway, KeycloakEndpoint.LEAD);
        browser.get(gateway + "/api/me");
        String csrf = browser.cookie(gateway, "XSRF-TOKEN");
        assertThat(csrf).as("the XSRF-TOKEN cookie").isNotBlank();
        assertThat(browser.setCookieHeaders.stream().filter(header -> header.startsWith("XSRF-TOKEN=")))
            .allSatisfy(header -> assertThat(header).doesNotContainIgnoringCase("HttpOnly").contains("SameSite=Strict"));

        HttpResponse<String> without = browser.postJson(gateway + "/api/orders", "{}", Map.of());
        HttpResponse<String> wrong = browser.postJson(gateway + "/api/orders", "{}", Map.of("X-XSRF-TOKEN", "forged"));
        HttpResponse<String> with = browser.postJson(gateway + "/api/orders", "{}", Map.of("X-XSRF-TOKEN", csrf));

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(with.statusCode()).as(with.body()).isEqualTo(200);
    }

    @Test
    void a_junior_session_gets_the_same_role_rules_as_a_junior_token() {
        browser.signIn(gateway, KeycloakEndpoint.JUNIOR);
        browser.get(gateway + "/api/me");
        String csrf = browser.cookie(gateway, "XSRF-TOKEN");

        HttpResponse<String> users = browser.get(gateway + "/api/users", Map.of("Accept", "application/json"));
        HttpResponse<String> newUser = browser.postJson(gateway + "/api/users", "not json", Map.of("X-XSRF-TOKEN", csrf));

        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(newUser.statusCode()).as("403 before the body is read").isEqualTo(403);
        assertThat(newUser.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void a_lead_session_acts_on_keycloak_with_its_own_token() {
        browser.signIn(gateway, KeycloakEndpoint.LEAD);

        HttpResponse<String> users = browser.get(gateway + "/api/users?q=junior", Map.of("Accept", "application/json"));

        assertThat(users.statusCode()).as(users.body()).isEqualTo(200);
        assertThat(users.body()).contains("\"username\":\"junior\"");
    }

    @Test
    void signing_out_ends_the_session_and_keycloaks_session() {
        browser.signIn(gateway, KeycloakEndpoint.LEAD);
        browser.get(gateway + "/api/me");
        String csrf = browser.cookie(gateway, "XSRF-TOKEN");

        HttpResponse<String> signOut = browser.postForm(gateway + "/logout", Map.of("_csrf", csrf), Map.of());

        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(Browser.location(signOut)).startsWith(keycloak().issuerUri() + "/protocol/openid-connect/logout")
            .contains("id_token_hint=", "post_logout_redirect_uri=");
        assertThat(browser.get(gateway + "/api/me").statusCode()).isEqualTo(401);
        HttpResponse<String> keycloakLogout = browser.get(Browser.location(signOut));
        assertThat(keycloakLogout.statusCode()).as(keycloakLogout.body()).isEqualTo(302);
        assertThat(Browser.location(keycloakLogout)).isEqualTo(gateway + "/");
        HttpResponse<String> again = browser.get(gateway + "/oauth2/authorization/atelier-console");
        HttpResponse<String> keycloakAgain = browser.get(Browser.location(again));
        assertThat(keycloakAgain.statusCode()).as("Keycloak asks for the password again").isEqualTo(200);
        assertThat(keycloakAgain.body()).contains("kc-form-login");
    }

    @Test
    void without_a_session_the_api_answers_401_problems_not_redirects() {
        HttpResponse<String> me = browser.get(gateway + "/api/me", Map.of("Accept", "text/html"));

        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void a_bearer_caller_needs_no_csrf_token_and_gets_no_session() {
        http.get().uri("/api/me")
            .header("Authorization", "Bearer " + leadToken())
            .exchange()
            .expectStatus().isOk()
            .expectHeader().doesNotExist("Set-Cookie")
            .expectBody().jsonPath("$.username").isEqualTo("lead").jsonPath("$.roles[0]").isEqualTo("lead_designer");
    }

    private void assertNoTokenReachedTheBrowser() {
        assertThat(browser.responses).filteredOn(response -> response.uri().getPort() == port).isNotEmpty()
            .allSatisfy(response -> {
                assertThat(response.body()).doesNotContain("eyJ");
                assertThat(response.headers().allValues("Set-Cookie")).noneMatch(header -> header.contains("eyJ"));
            });
    }

}
