package dev.atelier.order.orders.api;

import dev.atelier.order.OrderApiTest;
import dev.atelier.platform.test.Refusals;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A junior may not learn payments by filtering on them: {@code paymentStatus} is refused, naming it. */
class JuniorPaymentFilterTest extends OrderApiTest {

    @Test
    void a_junior_filtering_by_payment_status_gets_403_naming_the_parameter() {
        UUID customer = UUID.randomUUID();
        createOrder(customer);
        Refusals.forbidden(http.get().uri("/api/orders?paymentStatus=UNPAID&customerId={c}", customer)
                .headers(h -> h.setBearerAuth(juniorToken())).exchange())
                .jsonPath("$.parameter").isEqualTo("paymentStatus")
                .jsonPath("$.content").doesNotExist();
    }

    @ParameterizedTest(name = "paymentStatus with {0} is 403 for a junior, not 400")
    @ValueSource(strings = {"deliveryFrom=not-a-date", "deliveryTo=+300000-01-01",
            "deliveryFrom=2027-02-01&deliveryTo=2027-01-01", "overdue=perhaps", "size=0", "sort=colour,asc",
            "customerId=nope"})
    void the_payment_filter_is_refused_before_anything_else_is_checked(String malformed) {
        http.get().uri("/api/orders?paymentStatus=PAID&" + malformed)
                .headers(h -> h.setBearerAuth(juniorToken())).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.parameter").isEqualTo("paymentStatus");
        // The same request without the payment filter is the client's 400: the order of checks is the point.
        http.get().uri("/api/orders?" + malformed)
                .headers(h -> h.setBearerAuth(juniorToken())).exchange()
                .expectStatus().isBadRequest();
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
