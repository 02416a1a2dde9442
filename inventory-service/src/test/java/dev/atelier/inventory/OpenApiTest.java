package dev.atelier.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.test.PublishedDocument;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** inventory-service's OpenAPI document: names by resource, the real shapes, kept for the contract lint. */
class OpenApiTest extends InventoryIntegrationTest {

    @Test
    void the_document_names_operations_by_resource_and_declares_the_real_shapes() {
        web.get().uri("/v3/api-docs")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + junior())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.info.title").isEqualTo("Atelier inventory-service")
            .jsonPath("$.paths['/api/inventory'].get.operationId").isEqualTo("listInventoryItems")
            .jsonPath("$.paths['/api/inventory'].post.responses['201'].headers.Location").exists()
            .jsonPath("$.paths['/api/inventory/{id}'].delete.responses['204']").exists()
            .jsonPath("$.components.schemas.Price").exists()
            .jsonPath("$.components.schemas.PriceJson").doesNotExist()
            .jsonPath("$.components.schemas.ItemView.properties.description.type").isEqualTo(List.of("string", "null"))
            .jsonPath("$.components.schemas.PatchItemRequest.required").isEqualTo(List.of("version"));
    }

    /** The document as published, for the api-contract module's lint. */
    @Test
    void the_document_is_kept_for_the_contract_checks() {
        String json = web.get().uri("/v3/api-docs")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + junior())
            .exchange()
            .expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();
        assertThat(json).isNotNull();
        assertThat(PublishedDocument.write("inventory-service", json)).exists();
    }

}
