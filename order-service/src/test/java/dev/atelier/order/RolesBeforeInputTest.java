package dev.atelier.order;

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
class RolesBeforeInputTest extends OrderApiTest implements RolesBeforeInputContract {

    @Autowired
    ApplicationContext context;

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
        return juniorToken();
    }

    @Override
    public String leadAccessToken() {
        return leadToken();
    }

}
