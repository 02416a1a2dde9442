package dev.atelier.inventory;

import dev.atelier.platform.security.Roles;
import dev.atelier.platform.test.RolesBeforeInputContract;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The role is decided before the input is read ({@link RolesBeforeInputContract}): these are
 * every lead-only endpoint here.
 */
class RolesBeforeInputTest extends InventoryIntegrationTest implements RolesBeforeInputContract {

    @Autowired
    ApplicationContext context;

    @Override
    public List<String> leadOnlyEndpoints() {
        return List.of("POST /api/inventory",
                "PUT /api/inventory/{id}",
                "PATCH /api/inventory/{id}",
                "DELETE /api/inventory/{id}",
                "POST /api/inventory/{id}/adjustments");
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
        return web;
    }

    @Override
    public String juniorAccessToken() {
        return junior();
    }

    @Override
    public String leadAccessToken() {
        return lead();
    }

}
