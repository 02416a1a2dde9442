package dev.atelier.notification;

import dev.atelier.platform.security.Roles;
import dev.atelier.platform.test.RolesBeforeInputContract;
import java.util.List;

/** The role is decided before the input is read ({@link RolesBeforeInputContract}): the lead-only endpoints here. */
class RolesBeforeInputTest extends NotificationIntegrationTest implements RolesBeforeInputContract {

    @Override
    public String leadOnlyExpression() {
        return Roles.LEAD_DESIGNER_ONLY;
    }

    @Override
    public List<String> leadOnlyEndpoints() {
        return List.of("POST /api/notifications/{id}/resend",
                "POST /api/webhooks",
                "GET /api/webhooks",
                "GET /api/webhooks/{id}",
                "DELETE /api/webhooks/{id}",
                "GET /api/webhooks/{id}/deliveries",
                "POST /api/webhooks/{id}/test");
    }
}
