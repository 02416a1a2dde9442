package dev.atelier.order.orders.api;

import static dev.atelier.platform.test.RoleMatrixContract.Caller.JUNIOR;
import static dev.atelier.platform.test.RoleMatrixContract.Caller.LEAD;
import static dev.atelier.platform.test.RoleMatrixContract.Rule.allows;

import dev.atelier.order.OrderApiTest;
import dev.atelier.platform.test.RoleMatrixContract;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The order revision and item endpoints' role matrix ({@link RoleMatrixContract}): a junior_designer
 * reads and does not write, a lead_designer may do everything. Each call acts on a fresh order.
 */
class OrderRevisionRolesTest extends OrderApiTest implements RoleMatrixContract {

    @Override
    public List<Rule> roleMatrix() {
        return List.of(
                allows("PUT /api/orders/{id}", 200, LEAD),
                allows("PATCH /api/orders/{id}", 200, LEAD),
                allows("DELETE /api/orders/{id}", 204, LEAD),
                allows("GET /api/order-items", 200, JUNIOR, LEAD),
                allows("POST /api/order-items", 201, LEAD),
                allows("GET /api/order-items/{id}", 200, JUNIOR, LEAD),
                allows("PUT /api/order-items/{id}", 200, LEAD),
                allows("PATCH /api/order-items/{id}", 200, LEAD),
                allows("DELETE /api/order-items/{id}", 204, LEAD),
                allows("GET /api/orders/{id}/items", 200, JUNIOR, LEAD),
                allows("POST /api/orders/{id}/items", 201, LEAD));
    }

    @Override
    public Call prepare(String endpoint) {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        Object orderId = order.get("id");
        Object itemId = ((Map<?, ?>) ((List<?>) order.get("items")).get(0)).get("id");
        return switch (endpoint) {
            case "PUT /api/orders/{id}" -> token -> RoleMatrixContract.exchange(http, endpoint, token, Map.of(
                    "items", List.of(Map.of("description", "Silk stole", "quantity", 1)),
                    "price", Map.of("amount", 100, "currency", "EUR"), "deliveryDate", today().plusDays(3).toString(),
                    "deliveryMethod", "PICKUP", "version", 0), orderId);
            case "PATCH /api/orders/{id}" -> token -> RoleMatrixContract.exchange(http, endpoint, token,
                    Map.of("notes", "patched", "version", 0), orderId);
            case "DELETE /api/orders/{id}", "GET /api/orders/{id}/items" ->
                token -> RoleMatrixContract.exchange(http, endpoint, token, null, orderId);
            case "POST /api/orders/{id}/items" -> token -> RoleMatrixContract.exchange(http, endpoint, token,
                    Map.of("description", "Belt", "quantity", 1), orderId);
            case "GET /api/order-items" ->
                token -> RoleMatrixContract.exchange(http, "GET /api/order-items?orderId={id}", token, null, orderId);
            case "POST /api/order-items" -> token -> RoleMatrixContract.exchange(http, endpoint, token,
                    Map.of("orderId", orderId, "description", "Belt", "quantity", 1));
            case "GET /api/order-items/{id}", "DELETE /api/order-items/{id}" ->
                token -> RoleMatrixContract.exchange(http, endpoint, token, null, itemId);
            case "PUT /api/order-items/{id}" -> token -> RoleMatrixContract.exchange(http, endpoint, token,
                    Map.of("description", "Belt", "quantity", 2), itemId);
            case "PATCH /api/order-items/{id}" -> token -> RoleMatrixContract.exchange(http, endpoint, token,
                    Map.of("quantity", 2, "orderVersion", 0), itemId);
            default -> throw new IllegalArgumentException(endpoint);
        };
    }
}
