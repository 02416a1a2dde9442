package dev.atelier.order.payments.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;

/** Bad payments answer problem+json 4xx naming the field and store nothing. */
class PaymentBadInputTest extends PaymentApiTest {

    static Stream<Arguments> badPayments() {
        return Stream.of(
                bad("zero amount", "amount.amount", json -> json.put("amount", Map.of("amount", 0, "currency", "EUR"))),
                bad("negative amount", "amount.amount",
                        json -> json.put("amount", Map.of("amount", -5, "currency", "EUR"))),
                bad("zero refund", "amount.amount", json -> {
                    json.put("kind", "REFUND");
                    json.put("amount", Map.of("amount", 0, "currency", "EUR"));
                }),
                bad("another currency than the order's", "amount.currency",
                        json -> json.put("amount", Map.of("amount", 10, "currency", "USD"))),
                bad("not a currency", "amount.currency",
                        json -> json.put("amount", Map.of("amount", 10, "currency", "EURO"))),
                bad("more decimals than the currency has", "amount.amount",
                        json -> json.put("amount", Map.of("amount", 10.001, "currency", "EUR"))),
                bad("amount not a number", "amount.amount",
                        json -> json.put("amount", Map.of("amount", "ten", "currency", "EUR"))),
                bad("no amount", "amount", json -> json.remove("amount")),
                bad("no method", "method", json -> json.remove("method")),
                bad("unknown method", "method", json -> json.put("method", "CHEQUE")),
                bad("unknown kind", "kind", json -> json.put("kind", "GIFT")),
                bad("paidAt in the future", "paidAt",
                        json -> json.put("paidAt", Instant.now().plusSeconds(3600).toString())),
                bad("paidAt not a time", "paidAt", json -> json.put("paidAt", "yesterday")),
                // Issue 16: stored and read back as another date.
                bad("paidAt in the year -300000", "paidAt", json -> json.put("paidAt", "-300000-01-01T00:00:00Z")),
                bad("note too long", "note", json -> json.put("note", "x".repeat(2001))));
    }

    private static Arguments bad(String name, String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(name, field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPayments")
    void a_bad_payment_is_400_naming_the_field_and_stores_nothing(String name, String field,
            Consumer<Map<String, Object>> change) {
        UUID order = createOrder(UUID.randomUUID());
        paid(order, deposit(10));
        Map<String, Object> json = deposit(20);
        change.accept(json);

        pay(order, json, leadToken()).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors[0].field").isEqualTo(field);
        assertThat(paymentsStored(order)).isEqualTo(1);
        assertThat(storedAccount(order)).isEqualTo("10.0000/0.0000/1");
    }

    @Test
    void malformed_json_is_400_and_stores_nothing() {
        UUID order = createOrder(UUID.randomUUID());
        pay(order, "{\"amount\": {\"amount\": 10, \"currency\": \"EUR\"", leadToken()).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/malformed-request");
        assertThat(paymentsStored(order)).isZero();
    }

    @Test
    void a_non_uuid_order_or_payment_id_is_400() {
        pay("not-a-uuid", deposit(10), leadToken()).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/orders/not-a-uuid/payments").headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isBadRequest();
        http.get().uri("/api/orders/{id}/payments/nope", UUID.randomUUID()).headers(h -> h.setBearerAuth(leadToken()))
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void an_unknown_order_or_payment_is_404() {
        UUID unknown = UUID.randomUUID();
        pay(unknown, deposit(10), leadToken()).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/not-found");
        http.get().uri("/api/orders/{id}/payments", unknown).headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isNotFound();
        UUID order = createOrder(UUID.randomUUID());
        http.get().uri("/api/orders/{id}/payments/{p}", order, UUID.randomUUID())
                .headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isNotFound();
    }
}
