package dev.atelier.order.payments.api;

import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Payments are the lead designer's only: no token 401, junior_designer 403 (reading too), lead allowed. */
class PaymentRolesTest extends PaymentApiTest {

    enum Endpoint {
        RECORD(HttpMethod.POST, "/api/orders/%s/payments", 201),
        LIST(HttpMethod.GET, "/api/orders/%s/payments", 200),
        READ_ONE(HttpMethod.GET, "/api/orders/%s/payments/%s", 200);

        final HttpMethod method;
        final String path;
        final int leadStatus;

        Endpoint(HttpMethod method, String path, int leadStatus) {
            this.method = method;
            this.path = path;
            this.leadStatus = leadStatus;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(Endpoint.values());
    }

    @ParameterizedTest(name = "{0} without a token is 401")
    @MethodSource("endpoints")
    void anonymous_callers_get_401(Endpoint endpoint) {
        call(endpoint, null).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/unauthenticated");
    }

    @ParameterizedTest(name = "{0} as junior_designer is 403")
    @MethodSource("endpoints")
    void junior_designers_neither_record_nor_read_payments(Endpoint endpoint) {
        call(endpoint, juniorToken()).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/forbidden");
    }

    @ParameterizedTest(name = "{0} as lead_designer")
    @MethodSource("endpoints")
    void lead_designers_record_and_read_payments(Endpoint endpoint) {
        call(endpoint, leadToken()).expectStatus().isEqualTo(endpoint.leadStatus);
    }

    /** Against a fresh order with one deposit, so every endpoint has something to act on. */
    private WebTestClient.ResponseSpec call(Endpoint endpoint, String token) {
        UUID order = createOrder(UUID.randomUUID());
        String payment = (String) ((java.util.Map<?, ?>) paid(order, deposit(10)).get("payment")).get("id");
        WebTestClient.RequestBodySpec request = http.method(endpoint.method)
                .uri(endpoint.path.formatted(order, payment))
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                });
        if (endpoint.method == HttpMethod.POST) {
            return request.contentType(MediaType.APPLICATION_JSON).bodyValue(deposit(20)).exchange();
        }
        return request.exchange();
    }
}
