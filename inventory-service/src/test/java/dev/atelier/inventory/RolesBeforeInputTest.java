package dev.atelier.inventory;

import dev.atelier.platform.security.Roles;
import dev.atelier.platform.test.RolesBeforeInputContract;
import java.util.List;

/**
 * The role is decided before the input is read ({@link RolesBeforeInputContract}): these are
 * the lead-only endpoints here.
 */
class RolesBeforeInputTest extends InventoryIntegrationTest implements RolesBeforeInputContract {

    @Override
    public String leadOnlyExpression() {
        return Roles.LEAD_DESIGNER_ONLY;
    }

    @Override
    public List<String> leadOnlyEndpoints() {
        return List.of("POST /api/inventory",
                "PUT /api/inventory/{id}",
                "PATCH /api/inventory/{id}",
                "DELETE /api/inventory/{id}",
                "POST /api/inventory/{id}/adjustments");
    }

}
