package dev.atelier.order.orders.api;

import dev.atelier.order.OrderApiTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The currency of an order's price may change while nothing is paid; the answer is then all in the new one. */
class OrderCurrencyChangeTest extends OrderApiTest {

    /** Once answered 500: the zero paid stayed in the old currency, and the balance could not be computed. */
    @Test
    void a_new_currency_while_nothing_is_paid_is_the_currency_of_every_amount() {
        Object id = create(orderJson(UUID.randomUUID())).get("id");
        http.patch().uri("/api/orders/{id}", id).headers(h -> h.setBearerAuth(leadToken()))
                .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                .bodyValue(Map.of("price", Map.of("amount", 400, "currency", "GBP"), "version", 0))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.price.currency").isEqualTo("GBP")
                .jsonPath("$.amountPaid.currency").isEqualTo("GBP")
                .jsonPath("$.balanceDue.amount").isEqualTo(400.0)
                .jsonPath("$.balanceDue.currency").isEqualTo("GBP")
                .jsonPath("$.paymentStatus").isEqualTo("UNPAID");
    }
}
