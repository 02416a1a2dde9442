package dev.atelier.gateway.users;

import dev.atelier.gateway.GatewayTest;
import dev.atelier.platform.security.Roles;
import dev.atelier.platform.test.RolesBeforeInputContract;
import java.util.List;

/**
 * The gateway's own {@code /api/users} decides the role before the input is read
 * ({@link RolesBeforeInputContract}): these are its lead-only endpoints.
 */
class RolesBeforeInputTest extends GatewayTest implements RolesBeforeInputContract {

    @Override
    public String leadOnlyExpression() {
        return Roles.LEAD_DESIGNER_ONLY;
    }

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

}
