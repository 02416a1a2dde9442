package dev.atelier.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The errors every operation can return, declared once here: 400 (bad input), 401 and 403 (unless
 * the operation is public), 404 on paths with a path variable, 429 with {@code Retry-After} (the
 * gateway's rate limits), 500 (an unexpected failure, still problem+json). Also: the shared
 * {@code Problem} schema, {@code application/json} wherever springdoc wrote {@code *}{@code /*}, and
 * no body on 204 and 3xx answers.
 */
final class ProblemResponsesCustomizer implements GlobalOpenApiCustomizer {

    private static final String ANY = "*/*";

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new io.swagger.v3.oas.models.Components());
        }
        ProblemSchema.addTo(api.getComponents());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
                customise(path, entry.getValue());
            }
        });
    }

    private static void customise(String path, Operation operation) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        responses.putIfAbsent("400", ProblemSchema.response("The request is malformed or a field is invalid (see errors)."));
        boolean open = operation.getSecurity() != null && operation.getSecurity().isEmpty();
        if (!open) {
            responses.putIfAbsent("401", ProblemSchema.response("No valid access token."));
            responses.putIfAbsent("403", ProblemSchema.response("The caller's role may not do this."));
        }
        if (path.contains("{")) {
            responses.putIfAbsent("404", ProblemSchema.response("No such resource."));
        }
        if (operation.getRequestBody() != null) {
            responses.putIfAbsent("413", ProblemSchema.response("The body is larger than the limit."));
        }
        responses.putIfAbsent("500", ProblemSchema.response("An unexpected failure; the problem carries no internals."));
        // The gateway limits every call: per user for the API, per client address for /api/auth/*.
        responses.putIfAbsent("429", ProblemSchema.response("Too many calls; try again after Retry-After seconds.")
                .addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                        .description("Seconds until a call is allowed again.")
                        .schema(new IntegerSchema().minimum(BigDecimal.ONE))));
        responses.forEach((status, response) -> {
            if (status.startsWith("3") || "204".equals(status)) {
                // A redirect, "not modified" or "no content" has no body, whatever the method returns.
                response.setContent(null);
            }
            jsonInsteadOfAny(response);
        });
        if (operation.getRequestBody() != null) {
            operation.getRequestBody().setContent(jsonInsteadOfAny(operation.getRequestBody().getContent()));
        }
        ApiResponses sorted = new ApiResponses();
        new TreeMap<>(responses).forEach(sorted::addApiResponse);
        operation.setResponses(sorted);
    }

    private static void jsonInsteadOfAny(ApiResponse response) {
        response.setContent(jsonInsteadOfAny(response.getContent()));
    }

    private static Content jsonInsteadOfAny(Content content) {
        if (content == null || !content.containsKey(ANY)) {
            return content;
        }
        Content replaced = new Content();
        content.forEach((type, media) -> replaced.addMediaType(ANY.equals(type) ? MediaType.APPLICATION_JSON_VALUE : type, media));
        return replaced;
    }

}
