package dev.atelier.inventory;

import dev.atelier.platform.test.OpenApiDocumentContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** inventory-service's OpenAPI document: its paths and shapes; the checks every service shares come from the contract. */
class OpenApiTest extends InventoryIntegrationTest implements OpenApiDocumentContract {

    @Override
    public String serviceName() {
        return "inventory-service";
    }

    @Test
    void the_document_names_operations_by_resource_and_declares_the_real_shapes() {
        document(web)
            .jsonPath("$.info.title").isEqualTo("Atelier inventory-service")
            .jsonPath("$.paths['/api/inventory'].get.operationId").isEqualTo("listInventoryItems")
            .jsonPath("$.paths['/api/inventory'].post.responses['201'].headers.Location").exists()
            .jsonPath("$.paths['/api/inventory/{id}'].delete.responses['204']").exists()
            .jsonPath("$.components.schemas.Price").exists()
            .jsonPath("$.components.schemas.PriceJson").doesNotExist()
            .jsonPath("$.components.schemas.ItemView.properties.description.type").isEqualTo(List.of("string", "null"))
            .jsonPath("$.components.schemas.PatchItemRequest.required").isEqualTo(List.of("version"));
    }

}
