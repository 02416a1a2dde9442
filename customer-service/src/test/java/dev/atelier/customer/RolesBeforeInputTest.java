package dev.atelier.customer;

import dev.atelier.platform.security.Roles;
import dev.atelier.platform.test.RolesBeforeInputContract;
import java.util.List;

/**
 * The role is decided before the input is read ({@link RolesBeforeInputContract}): these are
 * the lead-only endpoints here.
 */
class RolesBeforeInputTest extends ApiTest implements RolesBeforeInputContract {

    @Override
    public String leadOnlyExpression() {
        return Roles.LEAD_DESIGNER_ONLY;
    }

    @Override
    public List<String> leadOnlyEndpoints() {
        return List.of("POST /api/customers",
                "PUT /api/customers/{id}",
                "PATCH /api/customers/{id}",
                "DELETE /api/customers/{id}");
    }

}
