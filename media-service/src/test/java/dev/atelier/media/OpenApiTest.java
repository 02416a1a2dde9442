package dev.atelier.media;

import org.junit.jupiter.api.Test;

/** The OpenAPI document the gateway aggregates; like every route but health, it needs a token. */
class OpenApiTest extends MediaIntegrationTest {

    @Test
    void the_api_document_lists_the_style_image_paths() {
        web.get().uri("/v3/api-docs")
                .headers(h -> h.setBearerAuth(junior()))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/style-images']").exists()
                .jsonPath("$.paths['/api/style-images']['post']").exists()
                .jsonPath("$.paths['/api/style-images/{id}']").exists()
                .jsonPath("$.paths['/api/style-images/{id}/content']").exists()
                .jsonPath("$.paths['/api/style-images/{id}/thumbnail']").exists()
                .jsonPath("$.paths['/api/style-images/{id}/url']").exists();
    }

    @Test
    void the_api_document_needs_a_token() {
        web.get().uri("/v3/api-docs").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void health_is_open() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }
}
