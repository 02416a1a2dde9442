package dev.atelier.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.test.PublishedDocument;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** order-service's OpenAPI document: names by resource, the real shapes, kept for the contract lint. */
class OpenApiTest extends OrderApiTest {

    @Test
    void the_document_names_operations_by_resource_and_declares_the_real_shapes() {
        http.get().uri("/v3/api-docs")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + juniorToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
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
            .jsonPath("$.components.schemas.OrderView.properties.deliveredAt.type").isEqualTo(List.of("string", "null"));
    }

    /** The document as published, for the api-contract module's lint. */
    @Test
    void the_document_is_kept_for_the_contract_checks() {
        String json = http.get().uri("/v3/api-docs")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + juniorToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();
        assertThat(json).isNotNull();
        assertThat(PublishedDocument.write("order-service", json)).exists();
    }

}
