package dev.atelier.order;

import dev.atelier.platform.security.Roles;
import dev.atelier.platform.test.RolesBeforeInputContract;
import java.util.List;

/**
 * The role is decided before the input is read ({@link RolesBeforeInputContract}): these are
 * the lead-only endpoints here.
 */
class RolesBeforeInputTest extends OrderApiTest implements RolesBeforeInputContract {

    @Override
    public String leadOnlyExpression() {
        return Roles.LEAD_DESIGNER_ONLY;
    }

    @Override
    public List<String> leadOnlyEndpoints() {
        return List.of("POST /api/orders",
                "PUT /api/orders/{id}",
                "PATCH /api/orders/{id}",
                "DELETE /api/orders/{id}",
                "PATCH /api/orders/{id}/status",
                "POST /api/orders/{id}/items",
                "POST /api/order-items",
                "PUT /api/order-items/{id}",
                "PATCH /api/order-items/{id}",
                "DELETE /api/order-items/{id}",
                "POST /api/orders/{orderId}/payments",
                "GET /api/orders/{orderId}/payments",
                "GET /api/orders/{orderId}/payments/{paymentId}");
    }

}
