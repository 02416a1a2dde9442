package dev.atelier.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * The document's {@code info} from {@code atelier.openapi.*} (title defaulting to the application
 * name, version to the build's), and the bearer token every operation needs unless it says
 * otherwise ({@code security: []}), and one server: the gateway ({@code /}). The gateway adds its
 * Keycloak login scheme on top.
 */
final class ApiInfoCustomizer implements GlobalOpenApiCustomizer {

    static final String BEARER = "bearer";

    private final Info info;

    ApiInfoCustomizer(OpenApiProperties properties, String applicationName, @Nullable String buildVersion) {
        this.info = new Info()
            .title(blank(properties.title()) ? applicationName : properties.title())
            .version(!blank(properties.version()) ? properties.version() : (buildVersion != null ? buildVersion : "0.0.0"))
            .description(blank(properties.description()) ? "The " + applicationName + " API of Atelier." : properties.description());
    }

    @Override
    public void customise(OpenAPI api) {
        api.setInfo(this.info);
        // Clients reach every service through the gateway, never at the service's own address.
        api.setServers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url("/").description("the gateway")));
        Components components = api.getComponents() != null ? api.getComponents() : new Components();
        if (components.getSecuritySchemes() == null || !components.getSecuritySchemes().containsKey(BEARER)) {
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("An access token from POST /api/auth/login (access_token)."));
        }
        api.setComponents(components);
        if (api.getSecurity() == null || api.getSecurity().isEmpty()) {
            api.addSecurityItem(new SecurityRequirement().addList(BEARER));
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

}
