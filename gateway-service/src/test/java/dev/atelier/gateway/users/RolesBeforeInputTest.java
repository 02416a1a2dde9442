package dev.atelier.gateway.users;

import dev.atelier.gateway.GatewayTest;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.security.Roles;
import dev.atelier.platform.test.RolesBeforeInputContract;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway's own {@code /api/users} decides the role before the input is read: a junior
 * sending a junk body, junk ids and junk paging gets 403 on every endpoint, not 400 or 415.
 */
class RolesBeforeInputTest extends GatewayTest implements RolesBeforeInputContract {

    @Autowired
    ApplicationContext context;

    @Override
    public List<String> leadOnlyEndpoints() {
        return List.of("GET /api/users",
                "POST /api/users",
                "GET /api/users/{id}",
                "PUT /api/users/{id}",
                "PATCH /api/users/{id}",
                "PUT /api/users/{id}/role",
                "DELETE /api/users/{id}");
    }

    @Override
    public String leadOnlyExpression() {
        return Roles.LEAD_DESIGNER_ONLY;
    }

    @Override
    public ApplicationContext context() {
        return context;
    }

    @Override
    public WebTestClient client() {
        return http;
    }

    @Override
    public String juniorAccessToken() {
        return keycloak().accessToken(KeycloakEndpoint.JUNIOR, "junior");
    }

    @Override
    public String leadAccessToken() {
        return leadToken();
    }

}
