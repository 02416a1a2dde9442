package dev.atelier.inventory;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** For every endpoint: no token 401, a junior_designer 403 on writes and 200 on reads, a lead_designer allowed. */
class InventoryRolesTest extends InventoryIntegrationTest {

    /** An endpoint; {@code path} gets a fresh item's id, {@code body} the JSON to send or null. */
    record Endpoint(String name, HttpMethod method, String path, Function<UUID, Object> body, boolean juniorAllowed,
            int leadStatus) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Stands for the path of a fresh item's CREATED change-log row. */
    private static final String CHANGE_OF_A_FRESH_ITEM = "/api/inventory-changes/{change}";

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("POST /api/inventory", HttpMethod.POST, "/api/inventory",
                        id -> itemJson("ROLE-" + unique(), 1), false, 201),
                new Endpoint("GET /api/inventory", HttpMethod.GET, "/api/inventory", null, true, 200),
                new Endpoint("GET /api/inventory/{id}", HttpMethod.GET, "/api/inventory/%s", null, true, 200),
                new Endpoint("PUT /api/inventory/{id}", HttpMethod.PUT, "/api/inventory/%s",
                        id -> Map.of("sku", "R-" + unique(), "name", "Renamed " + unique(), "category", "fabric",
                                "unit", "PIECE", "price", Map.of("amount", 3, "currency", "EUR"), "version", 0),
                        false, 200),
                new Endpoint("PATCH /api/inventory/{id}", HttpMethod.PATCH, "/api/inventory/%s",
                        id -> Map.of("description", "patched", "version", 0), false, 200),
                new Endpoint("DELETE /api/inventory/{id}", HttpMethod.DELETE, "/api/inventory/%s", null, false, 204),
                new Endpoint("POST /api/inventory/{id}/adjustments", HttpMethod.POST, "/api/inventory/%s/adjustments",
                        id -> Map.of("delta", 1, "reason", "RESTOCKED"), false, 201),
                new Endpoint("GET /api/inventory/{id}/changes", HttpMethod.GET, "/api/inventory/%s/changes", null, true, 200),
                new Endpoint("GET /api/inventory-changes", HttpMethod.GET, "/api/inventory-changes", null, true, 200),
                new Endpoint("GET /api/inventory-changes/{id}", HttpMethod.GET, CHANGE_OF_A_FRESH_ITEM, null, true, 200));
    }

    @ParameterizedTest(name = "{0} without a token is 401")
    @MethodSource("endpoints")
    void anonymous_callers_get_401(Endpoint endpoint) {
        call(endpoint, null).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest(name = "{0} as junior_designer")
    @MethodSource("endpoints")
    void junior_designers_read_but_do_not_write(Endpoint endpoint) {
        var response = call(endpoint, junior());
        if (endpoint.juniorAllowed()) {
            response.expectStatus().isOk();
        } else {
            response.expectStatus().isForbidden()
                    .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/forbidden");
        }
    }

    @ParameterizedTest(name = "{0} as lead_designer")
    @MethodSource("endpoints")
    void lead_designers_may_do_everything(Endpoint endpoint) {
        call(endpoint, lead()).expectStatus().isEqualTo(endpoint.leadStatus());
    }

    @ParameterizedTest(name = "{0} with a forged token is 401")
    @MethodSource("endpoints")
    void a_token_with_a_bad_signature_is_401(Endpoint endpoint) {
        String token = lead();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        call(endpoint, forged).expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec call(Endpoint endpoint, String token) {
        boolean needsItem = endpoint.path().contains("%s") || endpoint.path().equals(CHANGE_OF_A_FRESH_ITEM);
        UUID id = needsItem ? createItem(2) : null;
        String path = id == null ? endpoint.path() : endpoint.path().formatted(id);
        if (endpoint.path().equals(CHANGE_OF_A_FRESH_ITEM)) {
            UUID change = database.sql("SELECT id FROM stock_change WHERE item_id = :id").bind("id", id)
                    .map(row -> row.get("id", UUID.class)).one().block();
            path = "/api/inventory-changes/" + change;
        }
        var request = web.method(endpoint.method()).uri(path).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        });
        if (endpoint.body() != null) {
            return request.contentType(MediaType.APPLICATION_JSON).bodyValue(endpoint.body().apply(id)).exchange();
        }
        return request.exchange();
    }
}
