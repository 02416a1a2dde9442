package dev.atelier.order.orders.api;

import dev.atelier.order.OrderApiTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The order revision and item endpoints: no token 401, a junior_designer 403 on writes and 200 on
 * reads, a lead_designer allowed. {@code %s} in a path is a fresh order's id, {@code %i} its first item's.
 */
class OrderRevisionRolesTest extends OrderApiTest {

    record Endpoint(String name, HttpMethod method, String path, BiFunction<Map<?, ?>, String, Object> body,
            boolean juniorAllowed, int leadStatus) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("PUT /api/orders/{id}", HttpMethod.PUT, "/api/orders/%s", (order, item) -> Map.of(
                        "items", List.of(Map.of("description", "Silk stole", "quantity", 1)),
                        "price", Map.of("amount", 100, "currency", "EUR"), "deliveryDate", today().plusDays(3).toString(),
                        "deliveryMethod", "PICKUP", "version", 0), false, 200),
                new Endpoint("PATCH /api/orders/{id}", HttpMethod.PATCH, "/api/orders/%s",
                        (order, item) -> Map.of("notes", "patched", "version", 0), false, 200),
                new Endpoint("DELETE /api/orders/{id}", HttpMethod.DELETE, "/api/orders/%s", null, false, 204),
                new Endpoint("GET /api/order-items", HttpMethod.GET, "/api/order-items?orderId=%s", null, true, 200),
                new Endpoint("POST /api/order-items", HttpMethod.POST, "/api/order-items",
                        (order, item) -> Map.of("orderId", order.get("id"), "description", "Belt", "quantity", 1), false,
                        201),
                new Endpoint("GET /api/order-items/{id}", HttpMethod.GET, "/api/order-items/%i", null, true, 200),
                new Endpoint("PUT /api/order-items/{id}", HttpMethod.PUT, "/api/order-items/%i",
                        (order, item) -> Map.of("description", "Belt", "quantity", 2), false, 200),
                new Endpoint("PATCH /api/order-items/{id}", HttpMethod.PATCH, "/api/order-items/%i",
                        (order, item) -> Map.of("quantity", 2, "orderVersion", 0), false, 200),
                new Endpoint("DELETE /api/order-items/{id}", HttpMethod.DELETE, "/api/order-items/%i", null, false, 204),
                new Endpoint("GET /api/orders/{id}/items", HttpMethod.GET, "/api/orders/%s/items", null, true, 200),
                new Endpoint("POST /api/orders/{id}/items", HttpMethod.POST, "/api/orders/%s/items",
                        (order, item) -> Map.of("description", "Belt", "quantity", 1), false, 201));
    }

    @ParameterizedTest(name = "{0} without a token is 401")
    @MethodSource("endpoints")
    void anonymous_callers_get_401(Endpoint endpoint) {
        call(endpoint, null).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/unauthenticated");
    }

    @ParameterizedTest(name = "{0} as junior_designer")
    @MethodSource("endpoints")
    void junior_designers_read_but_do_not_write(Endpoint endpoint) {
        var response = call(endpoint, juniorToken());
        if (endpoint.juniorAllowed()) {
            response.expectStatus().isOk();
        } else {
            response.expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/forbidden");
        }
    }

    @ParameterizedTest(name = "{0} as lead_designer")
    @MethodSource("endpoints")
    void lead_designers_may_do_everything(Endpoint endpoint) {
        call(endpoint, leadToken()).expectStatus().isEqualTo(endpoint.leadStatus());
    }

    private WebTestClient.ResponseSpec call(Endpoint endpoint, String token) {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        String item = (String) ((Map<?, ?>) ((List<?>) order.get("items")).get(0)).get("id");
        String path = endpoint.path().replace("%s", (String) order.get("id")).replace("%i", item);
        WebTestClient.RequestBodySpec request = http.method(endpoint.method()).uri(path)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                });
        if (endpoint.body() != null) {
            return request.contentType(MediaType.APPLICATION_JSON).bodyValue(endpoint.body().apply(order, item))
                    .exchange();
        }
        return request.exchange();
    }
}
