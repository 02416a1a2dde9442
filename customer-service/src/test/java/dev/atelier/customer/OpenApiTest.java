package dev.atelier.customer;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

/** The OpenAPI document the gateway aggregates; like every route but health, it needs a token. */
class OpenApiTest extends ApiTest {

    @Test
    void the_api_document_lists_the_customer_and_measurement_paths() {
        http.get().uri("/v3/api-docs")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + juniorToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.paths['/api/customers']").exists()
            .jsonPath("$.paths['/api/customers/{id}']").exists()
            .jsonPath("$.paths['/api/customers/{id}/exists']").exists()
            .jsonPath("$.paths['/api/customers/{id}/measurements']").exists()
            .jsonPath("$.paths['/api/measurements']").exists()
            .jsonPath("$.paths['/api/measurements/{id}/history']").exists();
    }

    @Test
    void the_api_document_needs_a_token() {
        http.get().uri("/v3/api-docs").exchange().expectStatus().isUnauthorized();
    }

}
