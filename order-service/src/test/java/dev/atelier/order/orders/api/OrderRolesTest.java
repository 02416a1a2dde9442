package dev.atelier.order.orders.api;

import dev.atelier.order.OrderApiTest;
import dev.atelier.platform.test.TestInfrastructure;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** For every endpoint: no token 401, a junior_designer 403 on writes and 200 on reads, a lead_designer allowed. */
class OrderRolesTest extends OrderApiTest {

    /** An endpoint; {@code %s} in the path gets a fresh order's id, {@code body} the JSON to send or null. */
    record Endpoint(String name, HttpMethod method, String path, Function<UUID, Object> body, boolean juniorAllowed,
            int leadStatus) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("POST /api/orders", HttpMethod.POST, "/api/orders",
                        id -> orderJson(UUID.randomUUID()), false, 201),
                new Endpoint("GET /api/orders", HttpMethod.GET, "/api/orders", null, true, 200),
                new Endpoint("GET /api/orders/{id}", HttpMethod.GET, "/api/orders/%s", null, true, 200),
                new Endpoint("PATCH /api/orders/{id}/status", HttpMethod.PATCH, "/api/orders/%s/status",
                        id -> Map.of("status", "CANCELLED", "note", "customer changed her mind"), false, 200),
                new Endpoint("GET /api/orders/{id}/timeline", HttpMethod.GET, "/api/orders/%s/timeline", null, true,
                        200));
    }

    @ParameterizedTest(name = "{0} without a token is 401")
    @MethodSource("endpoints")
    void anonymous_callers_get_401(Endpoint endpoint) {
        call(endpoint, null).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/unauthenticated");
    }

    @ParameterizedTest(name = "{0} with a forged token is 401")
    @MethodSource("endpoints")
    void a_token_with_a_bad_signature_is_401(Endpoint endpoint) {
        String token = leadToken();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA"
                + token.substring(token.lastIndexOf('.') + 5);
        call(endpoint, forged).expectStatus().isUnauthorized();
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

    /** notification-service's own account reads orders (with their money, for balance reminders) and changes none. */
    @ParameterizedTest(name = "{0} as the notifier")
    @MethodSource("endpoints")
    void the_notifier_reads_orders_and_their_balance_but_nothing_else(Endpoint endpoint) {
        var response = call(endpoint, notifierToken());
        boolean reads = endpoint.name().equals("GET /api/orders") || endpoint.name().equals("GET /api/orders/{id}");
        if (reads) {
            response.expectStatus().isOk();
        } else {
            response.expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void the_notifier_sees_the_balance_a_junior_does_not() {
        UUID id = createOrder(UUID.randomUUID());
        http.get().uri("/api/orders/{id}", id).headers(h -> h.setBearerAuth(notifierToken())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.balanceDue.amount").exists();
        http.get().uri("/api/orders/{id}", id).headers(h -> h.setBearerAuth(juniorToken())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.balanceDue").doesNotExist();
    }

    private static String notifierToken() {
        return TestInfrastructure.keycloak().clientCredentialsGrant("atelier-notifier", "atelier-notifier-secret")
                .accessToken();
    }

    @ParameterizedTest(name = "{0} as lead_designer")
    @MethodSource("endpoints")
    void lead_designers_may_do_everything(Endpoint endpoint) {
        call(endpoint, leadToken()).expectStatus().isEqualTo(endpoint.leadStatus());
    }

    private WebTestClient.ResponseSpec call(Endpoint endpoint, String token) {
        UUID id = endpoint.path().contains("%s") ? createOrder(UUID.randomUUID()) : null;
        String path = id == null ? endpoint.path() : endpoint.path().formatted(id);
        WebTestClient.RequestBodySpec request = http.method(endpoint.method()).uri(path)
                .headers(h -> {
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
