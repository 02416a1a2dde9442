package dev.atelier.customer.customers.api;

import static dev.atelier.customer.customers.api.CustomerFixtures.body;
import static dev.atelier.customer.customers.api.CustomerFixtures.create;
import static dev.atelier.customer.customers.api.CustomerFixtures.unique;

import dev.atelier.customer.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** The cheap lookup order-service calls before it accepts an order. */
class CustomerExistsTest extends ApiTest {

    @Test
    void an_active_customer_exists_and_is_not_archived() {
        Map<String, Object> created = create(http, leadToken(), body("Exists " + unique(), null, null));
        http.get().uri("/api/customers/{id}/exists", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + serviceToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.id").isEqualTo(created.get("id"))
            .jsonPath("$.exists").isEqualTo(true)
            .jsonPath("$.archived").isEqualTo(false);
    }

    @Test
    void an_archived_customer_exists_but_reads_archived() {
        Map<String, Object> created = create(http, leadToken(), body("Exists archived " + unique(), null, null));
        http.delete().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isNoContent();
        http.get().uri("/api/customers/{id}/exists", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + serviceToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.exists").isEqualTo(true)
            .jsonPath("$.archived").isEqualTo(true);
    }

    @Test
    void an_unknown_customer_does_not_exist() {
        http.get().uri("/api/customers/{id}/exists", "7d3c1f9e-0000-4000-8000-00000000abcd")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + serviceToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.exists").isEqualTo(false)
            .jsonPath("$.archived").isEqualTo(false);
    }

    @Test
    void a_malformed_id_is_a_400() {
        http.get().uri("/api/customers/not-a-uuid/exists")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + serviceToken())
            .exchange()
            .expectStatus().isBadRequest()
            .expectBody()
            .jsonPath("$.errors[0].field").isEqualTo("id");
    }

}
