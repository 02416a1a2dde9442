package dev.atelier.customer;

import dev.atelier.platform.test.OpenApiDocumentContract;
import org.junit.jupiter.api.Test;

/** customer-service's OpenAPI document: its paths and shapes; the checks every service shares come from the contract. */
class OpenApiTest extends ApiTest implements OpenApiDocumentContract {

    @Override
    public String serviceName() {
        return "customer-service";
    }

    @Test
    void the_api_document_lists_the_customer_and_measurement_paths() {
        document(http)
            .jsonPath("$.paths['/api/customers']").exists()
            .jsonPath("$.paths['/api/customers/{id}']").exists()
            .jsonPath("$.paths['/api/customers/{id}/exists']").exists()
            .jsonPath("$.paths['/api/customers/{id}/measurements']").exists()
            .jsonPath("$.paths['/api/measurements']").exists()
            .jsonPath("$.paths['/api/measurements/{id}/history']").exists();
    }

    @Test
    void the_document_names_operations_by_resource_and_declares_the_real_shapes() {
        document(http)
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

}
