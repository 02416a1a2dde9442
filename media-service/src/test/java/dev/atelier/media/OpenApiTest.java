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
    void the_document_declares_the_upload_form_image_bytes_and_redirects() {
        web.get().uri("/v3/api-docs")
                .headers(h -> h.setBearerAuth(junior()))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("Atelier media-service")
                .jsonPath("$.paths['/api/style-images'].post.operationId").isEqualTo("uploadStyleImage")
                .jsonPath("$.paths['/api/style-images'].post.requestBody.content['multipart/form-data'].schema['$ref']")
                        .isEqualTo("#/components/schemas/StyleImageUpload")
                .jsonPath("$.components.schemas.StyleImageUpload.properties.file.format").isEqualTo("binary")
                .jsonPath("$.components.schemas.StyleImageUpload.properties.orderId.format").isEqualTo("uuid")
                .jsonPath("$.paths['/api/style-images'].post.responses['201'].headers.Location").exists()
                .jsonPath("$.paths['/api/style-images'].post.responses['413']").exists()
                .jsonPath("$.paths['/api/style-images/{id}/content'].get.responses['200'].content['image/png']").exists()
                .jsonPath("$.paths['/api/style-images/{id}/content'].get.responses['200'].content['*/*']").doesNotExist()
                .jsonPath("$.paths['/api/style-images/{id}/content'].get.responses['302'].headers.Location").exists()
                .jsonPath("$.paths['/api/style-images/{id}/thumbnail'].get.responses['304']").exists();
    }

    /** The document as published, for the api-contract module's lint. */
    @Test
    void the_document_is_kept_for_the_contract_checks() {
        String json = web.get().uri("/v3/api-docs")
                .headers(h -> h.setBearerAuth(junior()))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        org.assertj.core.api.Assertions.assertThat(json).isNotNull();
        org.assertj.core.api.Assertions.assertThat(dev.atelier.platform.test.PublishedDocument.write("media-service", json)).exists();
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
