package dev.atelier.platform.openapi;

import dev.atelier.platform.web.JsonMergePatch;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * What a controller method declares with the platform's annotations: extra
 * {@link ProblemResponse}s, {@link CreatesResource} (201 + {@code Location}) and a
 * {@link MergePatchBody} schema in place of the {@code JsonNode} the method reads.
 */
final class OperationAnnotations implements GlobalOperationComponentsCustomizer {

    private final boolean openapi31;

    OperationAnnotations(boolean openapi31) {
        this.openapi31 = openapi31;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        return operation;
    }

    @Override
    public Operation customize(Operation operation, Components components, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        operation.setResponses(responses);
        for (ProblemResponse problem : AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(),
                ProblemResponse.class, ProblemResponses.class)) {
            responses.put(String.valueOf(problem.status()), ProblemSchema.response(problem.description()));
        }
        CreatesResource creates = handler.getMethodAnnotation(CreatesResource.class);
        if (creates != null) {
            ApiResponse ok = responses.remove("200");
            ApiResponse created = ok != null ? ok : responses.getOrDefault("201", new ApiResponse());
            created.description("Created.");
            created.addHeaderObject("Location", new Header().description(creates.location()).required(true)
                .schema(Schemas.of("string").format("uri-reference")));
            responses.put("201", created);
        }
        MergePatchBody patch = handler.getMethodAnnotation(MergePatchBody.class);
        if (patch != null) {
            operation.setRequestBody(new RequestBody().required(true)
                .description("JSON Merge Patch (RFC 7396): a field replaces the current value, null removes it, an absent field stays.")
                .content(new Content()
                        .addMediaType(JsonMergePatch.MEDIA_TYPE, new MediaType().schema(schemaOf(patch.value(), components)))
                        // Plain JSON is read as a merge patch too.
                        .addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                new MediaType().schema(schemaOf(patch.value(), components)))));
        }
        return operation;
    }

    private Schema<?> schemaOf(Class<?> type, Components components) {
        ResolvedSchema resolved = ModelConverters.getInstance(this.openapi31)
            .resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
        if (resolved.referencedSchemas != null) {
            for (Map.Entry<String, Schema> entry : resolved.referencedSchemas.entrySet()) {
                if (components.getSchemas() == null || !components.getSchemas().containsKey(entry.getKey())) {
                    components.addSchemas(entry.getKey(), entry.getValue());
                }
            }
        }
        return resolved.schema;
    }

}
