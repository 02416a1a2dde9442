package dev.atelier.order.payments.api;

import static dev.atelier.platform.test.RoleMatrixContract.Caller.LEAD;
import static dev.atelier.platform.test.RoleMatrixContract.Rule.allows;

import dev.atelier.platform.test.RoleMatrixContract;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Payments are the lead designer's only ({@link RoleMatrixContract}): a junior_designer may neither
 * record nor read them. Each call acts on a fresh order with one deposit.
 */
class PaymentRolesTest extends PaymentApiTest implements RoleMatrixContract {

    @Override
    public List<Rule> roleMatrix() {
        return List.of(
                allows("POST /api/orders/{orderId}/payments", 201, LEAD),
                allows("GET /api/orders/{orderId}/payments", 200, LEAD),
                allows("GET /api/orders/{orderId}/payments/{paymentId}", 200, LEAD));
    }

    @Override
    public Call prepare(String endpoint) {
        UUID order = createOrder(UUID.randomUUID());
        Object payment = ((Map<?, ?>) paid(order, deposit(10)).get("payment")).get("id");
        Object body = endpoint.startsWith("POST") ? deposit(20) : null;
        return token -> RoleMatrixContract.exchange(http, endpoint, token, body, order, payment);
    }
}
