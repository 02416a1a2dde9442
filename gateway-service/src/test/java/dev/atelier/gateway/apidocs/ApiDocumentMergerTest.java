package dev.atelier.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Joining documents: everything of each lands once; clashes are listed, not silently lost. */
class ApiDocumentMergerTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private ObjectNode document(String text) {
        return (ObjectNode) this.json.readTree(text.replace('\'', '"'));
    }

    private final ObjectNode gateway = document("""
            {'openapi': '3.1.0', 'info': {'title': 'Atelier gateway', 'version': '1.0.0'},
             'paths': {'/api/users': {'get': {'operationId': 'listUsers'}}},
             'components': {'schemas': {'Problem': {'type': 'object'}}}, 'tags': [{'name': 'Users'}]}""");

    @Test
    void paths_schemas_and_tags_of_every_document_are_joined() {
        Map<String, ObjectNode> services = new LinkedHashMap<>();
        services.put("customer-service", document("""
                {'paths': {'/api/customers': {'get': {'operationId': 'listCustomers'}, 'post': {'operationId': 'createCustomer'}}},
                 'components': {'schemas': {'Problem': {'type': 'object'}, 'CustomerView': {'type': 'object'}}},
                 'tags': [{'name': 'Customers'}]}"""));
        services.put("order-service", document("""
                {'paths': {'/api/orders': {'get': {'operationId': 'listOrders'}}},
                 'components': {'schemas': {'OrderView': {'type': 'object'}}}, 'tags': [{'name': 'Customers'}, {'name': 'Orders'}]}"""));

        ObjectNode merged = ApiDocumentMerger.merge(this.gateway, services);

        assertThat(merged.path("info").path("title").asString()).isEqualTo("Atelier API");
        assertThat(merged.path("info").path("version").asString()).isEqualTo("1.0.0");
        assertThat(merged.path("paths").propertyNames()).containsExactly("/api/users", "/api/customers", "/api/orders");
        assertThat(merged.path("paths").path("/api/customers").propertyNames()).containsExactly("get", "post");
        assertThat(merged.path("components").path("schemas").propertyNames())
            .containsExactly("Problem", "CustomerView", "OrderView");
        assertThat(merged.path("tags").findValuesAsString("name")).containsExactly("Users", "Customers", "Orders");
        assertThat(merged.has(ApiDocumentMerger.CONFLICTS)).isFalse();
        assertThat(this.gateway.path("paths").size()).as("the gateway's document is left as it was").isEqualTo(1);
    }

    @Test
    void a_clashing_operation_id_or_schema_is_listed_as_a_conflict() {
        Map<String, ObjectNode> services = Map.of("inventory-service", document("""
                {'paths': {'/api/inventory': {'get': {'operationId': 'listUsers'}}},
                 'components': {'schemas': {'Problem': {'type': 'string'}}}}"""));

        ObjectNode merged = ApiDocumentMerger.merge(this.gateway, services);

        assertThat(merged.path(ApiDocumentMerger.CONFLICTS).valueStream().map(node -> node.asString()).toList())
            .containsExactly("operationId listUsers of inventory-service is also gateway's",
                    "schemas Problem of inventory-service differs from one already declared");
        assertThat(merged.path("components").path("schemas").path("Problem").path("type").asString()).isEqualTo("object");
    }

}
