package dev.atelier.order.orders.api;

import static dev.atelier.platform.test.RoleMatrixContract.Caller.JUNIOR;
import static dev.atelier.platform.test.RoleMatrixContract.Caller.LEAD;
import static dev.atelier.platform.test.RoleMatrixContract.Caller.NOTIFIER;
import static dev.atelier.platform.test.RoleMatrixContract.Caller.SERVICE;
import static dev.atelier.platform.test.RoleMatrixContract.Rule.allows;

import dev.atelier.order.OrderApiTest;
import dev.atelier.platform.test.RoleMatrixContract;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The order endpoints' role matrix ({@link RoleMatrixContract}): a junior_designer reads and does not
 * write, notification-service's own account reads orders (with their money, for balance reminders)
 * and changes none, a lead_designer may do everything.
 */
class OrderRolesTest extends OrderApiTest implements RoleMatrixContract {

    @Override
    public List<Rule> roleMatrix() {
        return List.of(
                allows("POST /api/orders", 201, LEAD),
                allows("GET /api/orders", 200, JUNIOR, LEAD, NOTIFIER),
                allows("GET /api/orders/{id}", 200, JUNIOR, LEAD, NOTIFIER),
                allows("PATCH /api/orders/{id}/status", 200, LEAD),
                allows("GET /api/orders/{id}/timeline", 200, JUNIOR, LEAD));
    }

    @Override
    public List<Caller> callers() {
        return List.of(SERVICE, JUNIOR, LEAD, NOTIFIER);
    }

    /** Against a fresh order where the endpoint names one. */
    @Override
    public Call prepare(String endpoint) {
        Object body = switch (endpoint) {
            case "POST /api/orders" -> orderJson(UUID.randomUUID());
            case "PATCH /api/orders/{id}/status" -> Map.of("status", "CANCELLED", "note", "customer changed her mind");
            default -> null;
        };
        Object[] order = endpoint.contains("{id}") ? new Object[] { freshOrder() } : new Object[0];
        return token -> RoleMatrixContract.exchange(http, endpoint, token, body, order);
    }

    @Test
    void the_notifier_sees_the_balance_a_junior_does_not() {
        UUID id = freshOrder();
        http.get().uri("/api/orders/{id}", id).headers(h -> h.setBearerAuth(NOTIFIER.token().get())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.balanceDue.amount").exists();
        http.get().uri("/api/orders/{id}", id).headers(h -> h.setBearerAuth(juniorToken())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.balanceDue").doesNotExist();
    }

    private UUID freshOrder() {
        return createOrder(UUID.randomUUID());
    }
}
