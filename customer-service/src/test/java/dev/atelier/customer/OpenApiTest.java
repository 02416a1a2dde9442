package dev.atelier.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.test.PublishedDocument;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** The OpenAPI document the gateway aggregates; like every route but health, it needs a token. */
class OpenApiTest extends ApiTest {

    private String document() {
        String json = http.get().uri("/v3/api-docs")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + juniorToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();
        assertThat(json).isNotNull();
        return json;
    }

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
    void the_document_names_operations_by_resource_and_declares_the_real_shapes() {
        http.get().uri("/v3/api-docs")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + juniorToken())
            .exchange()
            .expectBody()
            .jsonPath("$.info.title").isEqualTo("Atelier customer-service")
            .jsonPath("$.paths['/api/customers'].get.operationId").isEqualTo("listCustomers")
            .jsonPath("$.paths['/api/customers'].get.summary").isEqualTo("List customers")
            .jsonPath("$.paths['/api/customers'].post.responses['201'].headers.Location").exists()
            .jsonPath("$.paths['/api/customers/{id}'].patch.requestBody.content['application/merge-patch+json'].schema['$ref']")
                .isEqualTo("#/components/schemas/CustomerPatch")
            .jsonPath("$.paths['/api/customers/{id}'].delete.responses['204']").exists()
            .jsonPath("$.paths['/api/measurements'].get.parameters[?(@.name == 'unit')].schema.enum[*]")
                .isEqualTo(java.util.List.of("CM", "IN"))
            .jsonPath("$.components.schemas.MeasurementRequest.properties.unit.enum").isEqualTo(java.util.List.of("CM", "IN"))
            .jsonPath("$.components.schemas.CustomerAddress").exists()
            .jsonPath("$.components.schemas.AddressJson").doesNotExist()
            .jsonPath("$.components.schemas.CustomerView.properties.archivedAt.type").isEqualTo(java.util.List.of("string", "null"));
    }

    /** The document as published, for the api-contract module's lint. */
    @Test
    void the_document_is_kept_for_the_contract_checks() {
        assertThat(PublishedDocument.write("customer-service", document())).exists();
    }

    @Test
    void the_api_document_needs_a_token() {
        http.get().uri("/v3/api-docs").exchange().expectStatus().isUnauthorized();
    }

}
