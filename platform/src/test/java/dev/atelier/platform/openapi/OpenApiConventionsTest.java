package dev.atelier.platform.openapi;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The document springdoc builds for a service-shaped API, with the platform's customizers. */
@SpringBootTest(classes = OpenApiTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.application.name=garment-service", "atelier.openapi.title=Garments",
                "atelier.openapi.version=1.2.3", "atelier.openapi.description=Coats and hats.",
                "atelier.security.public-paths=/v3/api-docs",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/realms/atelier",
                "spring.autoconfigure.exclude=org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration,"
                        + "org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration,"
                        + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration,"
                        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "atelier.outbox.enabled=false", "atelier.consumer.enabled=false" })
// The first request builds the document: slow on a loaded machine.
@AutoConfigureWebTestClient(timeout = "60s")
@SuppressWarnings("unchecked")
class OpenApiConventionsTest {

    @Autowired
    WebTestClient http;

    private WebTestClient.BodyContentSpec document() {
        return this.http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody();
    }

    @Test
    void info_comes_from_the_properties_and_the_document_is_openapi_3_1() {
        document()
            .jsonPath("$.openapi").value(version -> org.assertj.core.api.Assertions.assertThat((String) version).startsWith("3.1"))
            .jsonPath("$.info.title").isEqualTo("Garments")
            .jsonPath("$.info.version").isEqualTo("1.2.3")
            .jsonPath("$.info.description").isEqualTo("Coats and hats.")
            .jsonPath("$.components.securitySchemes.bearer.scheme").isEqualTo("bearer");
    }

    @Test
    void a_page_query_is_three_plain_query_parameters_with_the_sortable_fields() {
        document()
            .jsonPath("$.paths['/api/garments'].get.parameters.length()").isEqualTo(3)
            .jsonPath("$.paths['/api/garments'].get.parameters[0].name").isEqualTo("page")
            .jsonPath("$.paths['/api/garments'].get.parameters[0].in").isEqualTo("query")
            .jsonPath("$.paths['/api/garments'].get.parameters[0].schema.type").isEqualTo("integer")
            .jsonPath("$.paths['/api/garments'].get.parameters[0].schema.minimum").isEqualTo(0)
            .jsonPath("$.paths['/api/garments'].get.parameters[1].name").isEqualTo("size")
            .jsonPath("$.paths['/api/garments'].get.parameters[1].schema.maximum").isEqualTo(100)
            .jsonPath("$.paths['/api/garments'].get.parameters[2].name").isEqualTo("sort")
            .jsonPath("$.paths['/api/garments'].get.parameters[2].schema.items.enum").value(values ->
                    org.assertj.core.api.Assertions.assertThat(values.toString())
                        .isEqualTo("[\"name\",\"name,asc\",\"name,desc\",\"createdAt\",\"createdAt,asc\",\"createdAt,desc\"]"))
            .jsonPath("$.components.schemas.PageQuery").doesNotExist();
    }

    @Test
    void every_operation_declares_its_problems_under_problem_json() {
        String problem = "$.paths['/api/garments/{id}'].get.responses['%s'].content['application/problem+json'].schema['$ref']";
        document()
            .jsonPath(problem.formatted("400")).isEqualTo("#/components/schemas/Problem")
            .jsonPath(problem.formatted("401")).isEqualTo("#/components/schemas/Problem")
            .jsonPath(problem.formatted("403")).isEqualTo("#/components/schemas/Problem")
            .jsonPath(problem.formatted("404")).isEqualTo("#/components/schemas/Problem")
            .jsonPath(problem.formatted("429")).isEqualTo("#/components/schemas/Problem")
            .jsonPath("$.paths['/api/garments'].post.responses['429'].headers['Retry-After'].schema.type").isEqualTo("integer")
            .jsonPath("$.paths['/api/garments'].get.responses['404']").doesNotExist()
            .jsonPath("$.paths['/api/garments'].post.responses['409'].description").isEqualTo("A garment of that name exists.")
            .jsonPath("$.components.schemas.Problem.properties.errors.items['$ref']").isEqualTo("#/components/schemas/FieldError")
            .jsonPath("$.components.schemas.Problem.additionalProperties").isEqualTo(true);
    }

    @Test
    void creates_answer_201_with_location_and_deletes_204() {
        document()
            .jsonPath("$.paths['/api/garments'].post.responses['200']").doesNotExist()
            .jsonPath("$.paths['/api/garments'].post.responses['201'].headers.Location.schema.type").isEqualTo("string")
            .jsonPath("$.paths['/api/garments'].post.responses['201'].content['application/json'].schema['$ref']")
                .isEqualTo("#/components/schemas/Garment")
            .jsonPath("$.paths['/api/garments/{id}'].delete.responses['204']").exists()
            .jsonPath("$.paths['/api/garments/{id}'].delete.responses['200']").doesNotExist();
    }

    @Test
    void a_merge_patch_body_is_its_schema_under_merge_patch_json() {
        document()
            .jsonPath("$.paths['/api/garments/{id}'].patch.requestBody.content['application/merge-patch+json'].schema['$ref']")
                .isEqualTo("#/components/schemas/GarmentPatch")
            .jsonPath("$.components.schemas.GarmentPatch.properties.name.type").isEqualTo(java.util.List.of("string", "null"))
            .jsonPath("$.components.schemas.GarmentPatch.required").doesNotExist()
            .jsonPath("$.components.schemas.JsonNode").doesNotExist();
    }

    @Test
    void record_components_are_required_unless_nullable_and_nullable_ones_allow_null() {
        document()
            .jsonPath("$.components.schemas.Garment.required").value(required ->
                    org.assertj.core.api.Assertions.assertThat((java.util.List<Object>) required).containsExactlyInAnyOrder("id", "name", "createdAt"))
            .jsonPath("$.components.schemas.Garment.properties.notes.type").isEqualTo(java.util.List.of("string", "null"))
            .jsonPath("$.components.schemas.Garment.properties.trim.anyOf[0]['$ref']").isEqualTo("#/components/schemas/Trim")
            .jsonPath("$.components.schemas.Garment.properties.trim.anyOf[1].type").isEqualTo("null")
            .jsonPath("$.components.schemas.Garment.properties.price.type").isEqualTo("number")
            .jsonPath("$.components.schemas.GarmentRequest.required").isEqualTo(java.util.List.of("name"));
    }

    @Test
    void answers_are_json_not_any_media_type() {
        document()
            .jsonPath("$.paths['/api/garments/{id}'].get.responses['200'].content['application/json']").exists()
            .jsonPath("$.paths['/api/garments/{id}'].get.responses['200'].content['*/*']").doesNotExist()
            .jsonPath("$.paths['/api/garments/{id}/sketch'].get.responses['304'].description").isEqualTo("Not modified.")
            .jsonPath("$.paths['/api/garments/{id}/sketch'].get.responses['304'].content").doesNotExist()
            .jsonPath("$.servers[0].url").isEqualTo("/")
            .jsonPath("$.paths['/api/garments/{id}'].delete.responses['204'].content").doesNotExist();
    }

}
