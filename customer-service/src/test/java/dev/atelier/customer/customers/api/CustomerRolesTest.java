package dev.atelier.customer.customers.api;

import static dev.atelier.customer.customers.api.CustomerFixtures.body;
import static dev.atelier.customer.customers.api.CustomerFixtures.create;
import static dev.atelier.customer.customers.api.CustomerFixtures.unique;
import static dev.atelier.platform.test.RoleMatrixContract.Caller.JUNIOR;
import static dev.atelier.platform.test.RoleMatrixContract.Caller.LEAD;
import static dev.atelier.platform.test.RoleMatrixContract.Caller.NOTIFIER;
import static dev.atelier.platform.test.RoleMatrixContract.Caller.SERVICE;
import static dev.atelier.platform.test.RoleMatrixContract.Rule.allows;

import dev.atelier.customer.ApiTest;
import dev.atelier.platform.test.Refusals;
import dev.atelier.platform.test.RoleMatrixContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * The customer endpoints' role matrix ({@link RoleMatrixContract}): a junior_designer reads and does
 * not write, the service account only asks whether a customer exists, the notifier only reads a
 * customer's contact; and a refused write changes nothing.
 */
class CustomerRolesTest extends ApiTest implements RoleMatrixContract {

    @Override
    public List<Rule> roleMatrix() {
        return List.of(
                allows("POST /api/customers", 201, LEAD),
                allows("GET /api/customers", 200, JUNIOR, LEAD),
                allows("GET /api/customers/{id}", 200, JUNIOR, LEAD),
                allows("GET /api/customers/{id}/exists", 200, SERVICE, JUNIOR, LEAD),
                allows("GET /api/customers/{id}/contact", 200, JUNIOR, LEAD, NOTIFIER),
                allows("PUT /api/customers/{id}", 200, LEAD),
                allows("PATCH /api/customers/{id}", 200, LEAD),
                allows("DELETE /api/customers/{id}", 204, LEAD));
    }

    @Override
    public List<Caller> callers() {
        return List.of(SERVICE, JUNIOR, LEAD, NOTIFIER);
    }

    /** Against a fresh customer where the endpoint names one. */
    @Override
    public Call prepare(String endpoint) {
        if (!endpoint.contains("{id}")) {
            Object json = endpoint.startsWith("POST") ? body("Role check " + unique(), null, null) : null;
            return token -> RoleMatrixContract.exchange(http, endpoint, token, json);
        }
        Object id = create(http, leadToken(), body("Role check " + unique(), null, null)).get("id");
        Object json = endpoint.startsWith("PUT") || endpoint.startsWith("PATCH")
                ? Map.of("name", "Renamed " + unique(), "version", 0)
                : null;
        return token -> RoleMatrixContract.exchange(http, endpoint, token, json, id);
    }

    @Test
    void a_401_says_how_to_authenticate() {
        Refusals.unauthenticated(http.get().uri("/api/customers").exchange()
            .expectHeader().exists(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void a_junior_refused_a_create_leaves_no_customer() {
        String u = unique();
        Refusals.forbidden(RoleMatrixContract.exchange(http, "POST /api/customers", juniorToken(),
                body("Junior made " + u, null, null)));
        http.get().uri(b -> b.path("/api/customers").queryParam("q", u).queryParam("includeArchived", true).build())
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void a_junior_refused_a_change_leaves_the_customer_as_it_was() {
        Map<String, Object> created = create(http, leadToken(), body("Lead owned " + unique(), null, null));
        for (String change : List.of("PUT /api/customers/{id}", "PATCH /api/customers/{id}")) {
            Refusals.forbidden(RoleMatrixContract.exchange(http, change, juniorToken(), Map.of("name", "x", "version", 0),
                    created.get("id")));
        }
        Refusals.forbidden(RoleMatrixContract.exchange(http, "DELETE /api/customers/{id}", juniorToken(), null,
                created.get("id")));
        http.get().uri("/api/customers/{id}", created.get("id")).header(HttpHeaders.AUTHORIZATION, "Bearer " + juniorToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.name").isEqualTo(created.get("name"))
            .jsonPath("$.version").isEqualTo(0)
            .jsonPath("$.archived").isEqualTo(false);
    }

    @Test
    void health_is_open_without_a_token() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

}
