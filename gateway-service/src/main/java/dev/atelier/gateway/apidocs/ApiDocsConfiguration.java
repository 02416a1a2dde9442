package dev.atelier.gateway.apidocs;

import dev.atelier.gateway.auth.KeycloakTokenClient;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Swagger UI at the gateway for every service. Each service's document is proxied from
 * {@code lb://<service>/v3/api-docs} at {@code /v3/api-docs/<service>}, open without a token,
 * behind the service's own circuit breaker; the gateway's own document is
 * {@code /v3/api-docs/gateway}. {@code API_DOCS_ENABLED=false} removes all of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "springdoc.api-docs.enabled", havingValue = "true", matchIfMissing = true)
class ApiDocsConfiguration {

    @Bean
    OpenApiSecuritySchemes openApiSecuritySchemes(Environment environment) {
        return OpenApiSecuritySchemes.from(Binder.get(environment));
    }

    @Bean
    OpenApiCustomizer gatewayDocumentSecurity(OpenApiSecuritySchemes security) {
        return security::applyTo;
    }

    /** The whole API in one document, for one generated client (see MergedApiDocument). */
    @Bean
    RouterFunction<ServerResponse> mergedApiDocument(ApiDocsProperties properties, Environment environment, JsonMapper json) {
        MergedApiDocument document = new MergedApiDocument(properties.services(), environment, json);
        return RouterFunctions.route(RequestPredicates.GET(MergedApiDocument.PATH), document::handle);
    }

    @Bean
    RouteLocator serviceDocumentRoutes(RouteLocatorBuilder builder, ApiDocsProperties properties,
            KeycloakTokenClient keycloak, JsonMapper json, OpenApiSecuritySchemes security) {
        ServiceDocumentRewriter rewriter = new ServiceDocumentRewriter(json, security);
        GatewayFilter token = properties.clientSecret().isBlank()
                ? (exchange, chain) -> chain.filter(exchange)
                : new ServiceDocumentToken(keycloak, properties);
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (String service : properties.services()) {
            routes.route("api-docs-" + service, route -> route
                .path("/v3/api-docs/" + service).and().method(HttpMethod.GET)
                .filters(filters -> filters
                    .circuitBreaker(breaker -> breaker.setName(service).setFallbackUri("forward:/fallback/" + service))
                    .setPath("/v3/api-docs")
                    .filter(token)
                    .modifyResponseBody(String.class, String.class, rewriter::rewrite))
                .uri("lb://" + service));
        }
        return routes.build();
    }

}
