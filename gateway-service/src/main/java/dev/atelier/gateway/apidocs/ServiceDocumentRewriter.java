package dev.atelier.gateway.apidocs;

import io.swagger.v3.core.util.Json;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adapts a service's OpenAPI document for the gateway's Swagger UI: requests go to the gateway
 * (not to the service's own address, which the browser cannot reach), and both security schemes
 * are declared, so "Authorize" works. Anything that is not a successful JSON object passes as is.
 */
final class ServiceDocumentRewriter {

    private final JsonMapper json;

    private final OpenApiSecuritySchemes security;

    ServiceDocumentRewriter(JsonMapper json, OpenApiSecuritySchemes security) {
        this.json = json;
        this.security = security;
    }

    Mono<String> rewrite(ServerWebExchange exchange, String document) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        if (document == null || (status != null && !status.is2xxSuccessful())) {
            return Mono.justOrEmpty(document);
        }
        JsonNode parsed;
        try {
            parsed = this.json.readTree(document);
        }
        catch (RuntimeException notJson) {
            return Mono.just(document);
        }
        if (!(parsed instanceof ObjectNode api)) {
            return Mono.just(document);
        }
        api.set("servers", this.json.valueToTree(new Object[] { Map.of("url", "/", "description", "the gateway") }));
        ObjectNode components = api.get("components") instanceof ObjectNode existing ? existing : api.putObject("components");
        ObjectNode schemes = components.get("securitySchemes") instanceof ObjectNode existing ? existing
                : components.putObject("securitySchemes");
        this.security.schemes().forEach((name, scheme) ->
                schemes.set(name, this.json.readTree(Json.pretty(scheme))));
        ArrayNode requirements = api.putArray("security");
        this.security.requirements().forEach(requirement -> requirements.add(this.json.valueToTree(requirement)));
        return Mono.just(this.json.writeValueAsString(api));
    }

}
