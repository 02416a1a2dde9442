package dev.atelier.media;

import dev.atelier.platform.test.OpenApiDocumentContract;
import org.junit.jupiter.api.Test;

/** media-service's OpenAPI document: its paths and shapes; the checks every service shares come from the contract. */
class OpenApiTest extends MediaIntegrationTest implements OpenApiDocumentContract {

    @Override
    public String serviceName() {
        return "media-service";
    }

    @Test
    void the_api_document_lists_the_style_image_paths() {
        document(web)
                .jsonPath("$.paths['/api/style-images']").exists()
                .jsonPath("$.paths['/api/style-images']['post']").exists()
                .jsonPath("$.paths['/api/style-images/{id}']").exists()
                .jsonPath("$.paths['/api/style-images/{id}/content']").exists()
                .jsonPath("$.paths['/api/style-images/{id}/thumbnail']").exists()
                .jsonPath("$.paths['/api/style-images/{id}/url']").exists();
    }

    @Test
    void the_document_declares_the_upload_form_image_bytes_and_redirects() {
        document(web)
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
}
