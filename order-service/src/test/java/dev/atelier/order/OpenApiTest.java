package dev.atelier.order;

import dev.atelier.platform.test.OpenApiDocumentContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** order-service's OpenAPI document: its paths and shapes; the checks every service shares come from the contract. */
class OpenApiTest extends OrderApiTest implements OpenApiDocumentContract {

    @Override
    public String serviceName() {
        return "order-service";
    }

    @Test
    void the_document_names_operations_by_resource_and_declares_the_real_shapes() {
        document(http)
            .jsonPath("$.info.title").isEqualTo("Atelier order-service")
            .jsonPath("$.paths['/api/orders'].get.operationId").isEqualTo("listOrders")
            .jsonPath("$.paths['/api/orders'].post.operationId").isEqualTo("createOrder")
            .jsonPath("$.paths['/api/orders'].post.responses['201'].headers.Location").exists()
            .jsonPath("$.paths['/api/orders/{id}/status'].patch.responses['409'].content['application/problem+json']").exists()
            .jsonPath("$.paths['/api/orders/{id}'].patch.requestBody.content['application/merge-patch+json'].schema['$ref']")
                .isEqualTo("#/components/schemas/OrderPatch")
            .jsonPath("$.components.schemas.DeliveryAddress").exists()
            .jsonPath("$.components.schemas.Money").exists()
            .jsonPath("$.components.schemas.PaymentAmount").exists()
            .jsonPath("$.components.schemas.OrderView.properties.deliveredAt.type").isEqualTo(List.of("string", "null"))
            // the order owns the item rules; the schema tells clients about them
            .jsonPath("$.components.schemas.CreateOrderRequest.properties.items.minItems").isEqualTo(1)
            .jsonPath("$.components.schemas.CreateOrderRequest.properties.items.maxItems").isEqualTo(100);
    }

}
