package dev.atelier.gateway.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * The two ways a Swagger UI user proves who they are, the same in every document the gateway
 * serves: paste an access token ({@code bearer}), or log in at Keycloak with Authorization Code
 * + PKCE as the {@code atelier-web} client ({@code keycloak}). And one server: the gateway itself.
 */
final class OpenApiSecuritySchemes {

    static final String BEARER = "bearer";

    static final String KEYCLOAK = "keycloak";

    private final String issuer;

    OpenApiSecuritySchemes(String issuer) {
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    static OpenApiSecuritySchemes from(Binder binder) {
        return new OpenApiSecuritySchemes(binder.bind("spring.security.oauth2.resourceserver.jwt.issuer-uri", String.class)
            .orElse("http://127.0.0.1:8180/realms/atelier"));
    }

    Map<String, SecurityScheme> schemes() {
        SecurityScheme bearer = new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
            .description("An access token from POST /api/auth/login (access_token).");
        OAuthFlow code = new OAuthFlow()
            .authorizationUrl(this.issuer + "/protocol/openid-connect/auth")
            .tokenUrl(this.issuer + "/protocol/openid-connect/token")
            .refreshUrl(this.issuer + "/protocol/openid-connect/token")
            .scopes(new Scopes().addString("openid", "OpenID Connect"));
        SecurityScheme keycloak = new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
            .flows(new OAuthFlows().authorizationCode(code))
            .description("Log in at Keycloak (client atelier-web, Authorization Code + PKCE).");
        return Map.of(BEARER, bearer, KEYCLOAK, keycloak);
    }

    List<SecurityRequirement> requirements() {
        return List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(KEYCLOAK, "openid"));
    }

    /** For the gateway's own document, which springdoc builds. */
    void applyTo(OpenAPI api) {
        Components components = api.getComponents() != null ? api.getComponents() : new Components();
        schemes().forEach(components::addSecuritySchemes);
        api.setComponents(components);
        api.setSecurity(requirements());
        api.setServers(List.of(gateway()));
    }

    static Server gateway() {
        return new Server().url("/").description("the gateway");
    }

}
