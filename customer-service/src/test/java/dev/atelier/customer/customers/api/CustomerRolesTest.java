package dev.atelier.customer.customers.api;

import static dev.atelier.customer.customers.api.CustomerFixtures.body;
import static dev.atelier.customer.customers.api.CustomerFixtures.create;
import static dev.atelier.customer.customers.api.CustomerFixtures.unique;

import dev.atelier.customer.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every customer endpoint: 401 without a valid token, 403 without the role, allowed with it. */
class CustomerRolesTest extends ApiTest {

    private static final String UNKNOWN_ID = "7d3c1f9e-0000-4000-8000-00000000beef";

    @Test
    void every_endpoint_needs_a_valid_token() {
        for (HttpMethod method : new HttpMethod[] { HttpMethod.GET, HttpMethod.POST }) {
            request(method, "/api/customers", null).exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.WWW_AUTHENTICATE)
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/unauthenticated");
        }
        for (HttpMethod method : new HttpMethod[] { HttpMethod.GET, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE }) {
            request(method, "/api/customers/" + UNKNOWN_ID, null).exchange().expectStatus().isUnauthorized();
        }
        request(HttpMethod.GET, "/api/customers/" + UNKNOWN_ID + "/exists", null).exchange()
            .expectStatus().isUnauthorized();
    }

    @Test
    void a_forged_token_is_a_401() {
        String forged = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
        request(HttpMethod.GET, "/api/customers", forged).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void junior_cannot_create_a_customer() {
        String u = unique();
        request(HttpMethod.POST, "/api/customers", juniorToken())
            .bodyValue(body("Junior made " + u, null, null))
            .exchange()
            .expectStatus().isForbidden()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/forbidden");
        http.get().uri(b -> b.path("/api/customers").queryParam("q", u).queryParam("includeArchived", true).build())
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void junior_cannot_replace_patch_or_archive_a_customer() {
        Map<String, Object> created = create(http, leadToken(), body("Lead owned " + unique(), null, null));
        String path = "/api/customers/" + created.get("id");
        request(HttpMethod.PUT, path, juniorToken()).bodyValue(Map.of("name", "x", "version", 0))
            .exchange().expectStatus().isForbidden();
        request(HttpMethod.PATCH, path, juniorToken()).bodyValue(Map.of("name", "x", "version", 0))
            .exchange().expectStatus().isForbidden();
        request(HttpMethod.DELETE, path, juniorToken()).exchange().expectStatus().isForbidden();
        http.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + juniorToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.name").isEqualTo(created.get("name"))
            .jsonPath("$.version").isEqualTo(0)
            .jsonPath("$.archived").isEqualTo(false);
    }

    @Test
    void junior_reads_lists_and_single_customers() {
        Map<String, Object> created = create(http, leadToken(), body("Junior reads " + unique(), null, null));
        request(HttpMethod.GET, "/api/customers", juniorToken()).exchange().expectStatus().isOk();
        request(HttpMethod.GET, "/api/customers/" + created.get("id"), juniorToken()).exchange().expectStatus().isOk();
    }

    @Test
    void a_service_account_may_ask_whether_a_customer_exists_but_not_read_customers() {
        Map<String, Object> created = create(http, leadToken(), body("Service asks " + unique(), null, null));
        request(HttpMethod.GET, "/api/customers/" + created.get("id") + "/exists", serviceToken())
            .exchange().expectStatus().isOk();
        request(HttpMethod.GET, "/api/customers/" + created.get("id"), serviceToken())
            .exchange().expectStatus().isForbidden();
        request(HttpMethod.GET, "/api/customers", serviceToken()).exchange().expectStatus().isForbidden();
        request(HttpMethod.POST, "/api/customers", serviceToken()).bodyValue(body("x", null, null))
            .exchange().expectStatus().isForbidden();
    }

    @Test
    void both_designer_roles_may_ask_whether_a_customer_exists() {
        request(HttpMethod.GET, "/api/customers/" + UNKNOWN_ID + "/exists", juniorToken()).exchange().expectStatus().isOk();
        request(HttpMethod.GET, "/api/customers/" + UNKNOWN_ID + "/exists", leadToken()).exchange().expectStatus().isOk();
    }

    @Test
    void health_is_open_without_a_token() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    private WebTestClient.RequestBodySpec request(HttpMethod method, String path, String token) {
        WebTestClient.RequestBodySpec spec = http.method(method).uri(path);
        if (token != null) {
            spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return spec;
    }

}
