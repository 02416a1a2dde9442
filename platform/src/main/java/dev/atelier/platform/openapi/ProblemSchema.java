package dev.atelier.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one error body of the whole API, RFC 9457 problem details as the platform's error handlers
 * write them: the standard members, {@code errors} naming each bad field, and whatever extension
 * members a problem type adds ({@code traceId}, {@code allowedMoves}, {@code currentVersion}...).
 */
final class ProblemSchema {

    static final String PROBLEM = "Problem";

    static final String FIELD_ERROR = "FieldError";

    static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private ProblemSchema() {
    }

    static void addTo(Components components) {
        Map<String, Schema> fieldProperties = new LinkedHashMap<>();
        fieldProperties.put("field", Schemas.nullable(Schemas.of("string").description("The request field, e.g. items[0].quantity; null for the body as a whole.")));
        fieldProperties.put("message", Schemas.of("string").description("What is wrong with it."));
        components.addSchemas(FIELD_ERROR, Schemas.of("object").properties(fieldProperties).required(List.of("field", "message"))
            .description("One invalid request field."));

        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", Schemas.of("string").format("uri-reference").description("Identifies the kind of problem."));
        properties.put("title", Schemas.of("string").description("Short summary of the problem type."));
        properties.put("status", Schemas.of("integer").format("int32").description("The HTTP status code."));
        properties.put("detail", Schemas.of("string").description("What went wrong with this request."));
        properties.put("instance", Schemas.of("string").format("uri-reference").description("The path of the request."));
        properties.put("traceId", Schemas.of("string").description("The trace to quote when reporting the problem."));
        properties.put("errors", Schemas.of("array").items(Schemas.ref(FIELD_ERROR)).description("The invalid fields (400)."));
        Schema<Object> problem = Schemas.of("object");
        problem.properties(properties).required(List.of("type", "title", "status"))
            .description("RFC 9457 problem details; a problem type may add further members.");
        problem.setAdditionalProperties(Boolean.TRUE);
        components.addSchemas(PROBLEM, problem);
    }

    static ApiResponse response(String description) {
        return new ApiResponse().description(description)
            .content(new Content().addMediaType(MEDIA_TYPE, new MediaType().schema(Schemas.ref(PROBLEM))));
    }

}
