package dev.atelier.order.orders.api;

import dev.atelier.order.OrderApiTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A junior may not learn payments by filtering on them: {@code paymentStatus} is refused, naming it. */
class JuniorPaymentFilterTest extends OrderApiTest {

    @Test
    void a_junior_filtering_by_payment_status_gets_403_naming_the_parameter() {
        UUID customer = UUID.randomUUID();
        createOrder(customer);
        http.get().uri("/api/orders?paymentStatus=UNPAID&customerId={c}", customer)
                .headers(h -> h.setBearerAuth(juniorToken())).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/forbidden")
                .jsonPath("$.parameter").isEqualTo("paymentStatus")
                .jsonPath("$.content").doesNotExist();
    }

    @Test
    void a_lead_may_filter_by_payment_status_and_a_junior_lists_without_it() {
        UUID customer = UUID.randomUUID();
        createOrder(customer);
        http.get().uri("/api/orders?paymentStatus=UNPAID&customerId={c}", customer)
                .headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.page.totalElements").isEqualTo(1);
        http.get().uri("/api/orders?customerId={c}", customer)
                .headers(h -> h.setBearerAuth(juniorToken())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(1)
                .jsonPath("$.content[0].paymentStatus").doesNotExist()
                .jsonPath("$.content[0].price").doesNotExist();
    }
}
