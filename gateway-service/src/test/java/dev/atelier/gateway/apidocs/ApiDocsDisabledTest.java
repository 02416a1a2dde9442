package dev.atelier.gateway.apidocs;

import dev.atelier.gateway.GatewayTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

/** {@code API_DOCS_ENABLED=false}: no Swagger UI and no documents, proxied or own. */
@TestPropertySource(properties = "API_DOCS_ENABLED=false")
class ApiDocsDisabledTest extends GatewayTest {

    @Test
    void neither_the_ui_nor_any_document_is_served() {
        String token = leadToken();
        for (String path : new String[] { "/swagger-ui.html", "/v3/api-docs/gateway", "/v3/api-docs/customer-service" }) {
            http.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange().expectStatus().isNotFound();
        }
    }

}
