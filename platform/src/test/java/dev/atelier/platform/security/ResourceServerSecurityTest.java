package dev.atelier.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A service that only adds the platform and sets the issuer: tokens are checked by Boot's
 * decoder against a JWK set on loopback, with the platform's audience rule and role mapping.
 */
@SpringBootTest(classes = SecurityTestApplication.class, properties = {
        "atelier.security.public-paths=/public/**",
        // R2DBC, JDBC and Flyway are on the platform's test classpath (for the outbox tests),
        // but this service has no database.
        "spring.autoconfigure.exclude=org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration,"
                + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration" })
@AutoConfigureWebTestClient
class ResourceServerSecurityTest {

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokenIssuer::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokenIssuer::jwkSetUri);
    }

    @Autowired
    WebTestClient client;

    private WebTestClient.ResponseSpec get(String path, String token) {
        return this.client.get().uri(path).headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    private void assertUnauthenticated(WebTestClient.ResponseSpec response, String path) {
        response.expectStatus().isUnauthorized()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, challenge -> assertThat(challenge).startsWith("Bearer"))
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/unauthenticated")
            .jsonPath("$.status").isEqualTo(401)
            .jsonPath("$.instance").isEqualTo(path);
    }

    @Test
    void request_without_token_is_401_problem_with_bearer_challenge() {
        assertUnauthenticated(this.client.get().uri("/api/things").exchange(), "/api/things");
        this.client.get().uri("/api/things").exchange().expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @Test
    void metrics_need_a_token_without_a_management_port_and_health_does_not() {
        assertUnauthenticated(this.client.get().uri("/actuator/prometheus").exchange(), "/actuator/prometheus");
        this.client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void expired_token_is_401() {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        String token = TestTokenIssuer.sign(TestTokenIssuer.claims("lead", Roles.LEAD_DESIGNER)
            .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofMinutes(5)))).build());
        assertUnauthenticated(get("/api/things", token), "/api/things");
        get("/api/things", token).expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                challenge -> assertThat(challenge).contains("invalid_token"));
    }

    @Test
    void token_from_another_issuer_is_401() {
        String token = TestTokenIssuer.sign(TestTokenIssuer.claims("lead", Roles.LEAD_DESIGNER)
            .issuer("http://localhost:8180/realms/atelier").build());
        assertUnauthenticated(get("/api/things", token), "/api/things");
    }

    @Test
    void token_for_another_audience_is_401() {
        String token = TestTokenIssuer.sign(TestTokenIssuer.claims("lead", Roles.LEAD_DESIGNER)
            .audience("account").build());
        assertUnauthenticated(get("/api/things", token), "/api/things");
    }

    @Test
    void token_signed_by_an_untrusted_key_is_401() {
        String token = TestTokenIssuer.signWithUntrustedKey(TestTokenIssuer.claims("lead", Roles.LEAD_DESIGNER).build());
        assertUnauthenticated(get("/api/things", token), "/api/things");
    }

    @Test
    void garbage_token_is_401() {
        assertUnauthenticated(get("/api/things", "not.a.jwt"), "/api/things");
    }

    @Test
    void junior_designer_on_lead_only_endpoint_is_403_problem() {
        get("/api/prices", TestTokenIssuer.token("ines", Roles.JUNIOR_DESIGNER))
            .expectStatus().isForbidden()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/forbidden")
            .jsonPath("$.status").isEqualTo(403)
            .jsonPath("$.instance").isEqualTo("/api/prices");
    }

    @Test
    void lead_designer_on_lead_only_endpoint_is_200() {
        get("/api/prices", TestTokenIssuer.token("lead", Roles.LEAD_DESIGNER))
            .expectStatus().isOk()
            .expectBody().jsonPath("$.price").isEqualTo("450.00");
    }

    @Test
    void current_user_is_the_tokens_preferred_username() {
        get("/api/things", TestTokenIssuer.token("ines", Roles.JUNIOR_DESIGNER))
            .expectStatus().isOk()
            .expectBody().jsonPath("$.user").isEqualTo("ines");
    }

    @Test
    void writes_need_no_csrf_token_and_leave_no_session() {
        this.client.post().uri("/api/things")
            .headers(headers -> headers.setBearerAuth(TestTokenIssuer.token("lead", Roles.LEAD_DESIGNER)))
            .exchange()
            .expectStatus().isOk()
            .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
            .expectBody().jsonPath("$.createdBy").isEqualTo("lead");
    }

    @Test
    void health_is_anonymous() {
        this.client.get().uri("/actuator/health").exchange().expectStatus().isOk()
            .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void configured_public_path_is_anonymous() {
        this.client.get().uri("/public/ping").exchange().expectStatus().isOk();
    }

    @Test
    void other_actuator_endpoints_need_a_token() {
        assertUnauthenticated(this.client.get().uri("/actuator/metrics").exchange(), "/actuator/metrics");
    }

    @Test
    void unknown_path_with_a_valid_token_is_404_problem() {
        get("/api/nothing-here", TestTokenIssuer.token("lead", Roles.LEAD_DESIGNER))
            .expectStatus().isEqualTo(HttpStatus.NOT_FOUND)
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/not-found");
    }

    private WebTestClient.ResponseSpec postJunkPrice(String token) {
        return this.client.post().uri("/api/prices").headers(headers -> headers.setBearerAuth(token))
            .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"amount\": [not json").exchange();
    }

    @Test
    void junior_with_a_junk_body_on_a_lead_only_rule_is_403_not_400() {
        postJunkPrice(TestTokenIssuer.token("ines", Roles.JUNIOR_DESIGNER))
            .expectStatus().isForbidden()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/forbidden");
    }

    @Test
    void lead_with_a_junk_body_on_a_lead_only_rule_gets_the_400() {
        postJunkPrice(TestTokenIssuer.token("lead", Roles.LEAD_DESIGNER)).expectStatus().isBadRequest();
        this.client.post().uri("/api/prices")
            .headers(headers -> headers.setBearerAuth(TestTokenIssuer.token("lead", Roles.LEAD_DESIGNER)))
            .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"amount\": 12}").exchange()
            .expectStatus().isOk().expectBody().jsonPath("$.price").isEqualTo(12);
    }

    @Test
    void junior_sending_a_money_parameter_is_403_naming_it() {
        get("/api/sales?minPrice=10", TestTokenIssuer.token("ines", Roles.JUNIOR_DESIGNER))
            .expectStatus().isForbidden()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/forbidden")
            .jsonPath("$.parameter").isEqualTo("minPrice")
            .jsonPath("$.instance").isEqualTo("/api/sales");
        get("/api/sales", TestTokenIssuer.token("ines", Roles.JUNIOR_DESIGNER)).expectStatus().isOk();
    }

    @Test
    void lead_may_send_a_money_parameter() {
        get("/api/sales?minPrice=10", TestTokenIssuer.token("lead", Roles.LEAD_DESIGNER)).expectStatus().isOk()
            .expectBody().jsonPath("$.sales").isEqualTo("listed");
    }

}
