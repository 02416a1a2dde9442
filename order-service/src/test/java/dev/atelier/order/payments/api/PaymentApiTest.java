package dev.atelier.order.payments.api;

import dev.atelier.order.OrderApiTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Helpers of the payment HTTP tests (same Spring context as every {@link OrderApiTest}). */
abstract class PaymentApiTest extends OrderApiTest {

    static Map<String, Object> payment(String kind, double amount, String currency) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind);
        json.put("amount", new LinkedHashMap<>(Map.of("amount", amount, "currency", currency)));
        json.put("method", "CARD");
        json.put("note", "payment " + UUID.randomUUID());
        return json;
    }

    static Map<String, Object> deposit(double amount) {
        return payment("PAYMENT", amount, "EUR");
    }

    WebTestClient.ResponseSpec pay(Object orderId, Object json, String token) {
        return http.post().uri("/api/orders/{id}/payments", orderId)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange();
    }

    Map<?, ?> paid(UUID orderId, Map<String, Object> json) {
        return pay(orderId, json, leadToken()).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    long paymentsStored(UUID orderId) {
        return database.sql("SELECT count(*) AS n FROM order_payment WHERE order_id = :id").bind("id", orderId)
                .map(row -> row.get("n", Long.class)).one().block();
    }

    /** amount_paid, amount_refunded and version as stored. */
    String storedAccount(UUID orderId) {
        return database.sql("SELECT amount_paid || '/' || amount_refunded || '/' || version AS a FROM customer_order"
                        + " WHERE id = :id").bind("id", orderId)
                .map(row -> row.get("a", String.class)).one().block();
    }
}
