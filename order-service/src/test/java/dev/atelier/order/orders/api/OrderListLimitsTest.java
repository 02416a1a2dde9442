package dev.atelier.order.orders.api;

import dev.atelier.order.OrderApiTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A list reaches its first 10,000 orders (bounded OFFSET, docs/order-list-performance.md). */
class OrderListLimitsTest extends OrderApiTest {

    @Test
    void pages_reach_the_first_ten_thousand_orders() {
        http.get().uri("/api/orders?page=499&size=20").headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk();
        http.get().uri("/api/orders?page=99&size=100").headers(h -> h.setBearerAuth(juniorToken())).exchange()
                .expectStatus().isOk();
    }

    @Test
    void a_page_beyond_is_400_naming_page() {
        for (String query : new String[] {"page=500&size=20", "page=100&size=100", "page=2000000"}) {
            http.get().uri("/api/orders?" + query).headers(h -> h.setBearerAuth(leadToken())).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo("page")
                    .jsonPath("$.errors[0].message").value(m -> org.assertj.core.api.Assertions
                            .assertThat((String) m).contains("10000"));
        }
    }

    @Test
    void the_total_counts_up_to_ten_thousand_and_every_counted_page_is_reachable() {
        UUID customer = UUID.randomUUID();
        // 10,001 orders of one customer, written straight to the table (the API would take minutes).
        database.sql("""
                        INSERT INTO customer_order (id, customer_id, price_amount, price_currency, delivery_date,
                          delivery_method, status, stock_status, item_list_version, version, created_at, created_by,
                          updated_at, updated_by)
                        SELECT gen_random_uuid(), :customer, 100, 'EUR', current_date + 30, 'PICKUP', 'PENDING',
                          'RESERVING', 1, 0, now() - n * interval '1 minute', 'lead', now(), 'lead'
                        FROM generate_series(1, 10001) AS n""")
                .bind("customer", customer).then().block();

        http.get().uri("/api/orders?customerId={c}&page=499", customer).headers(h -> h.setBearerAuth(leadToken()))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(10000)
                .jsonPath("$.page.totalPages").isEqualTo(500)
                .jsonPath("$.content.length()").isEqualTo(20);
        http.get().uri("/api/orders?customerId={c}&paymentStatus=UNPAID&overdue=false", customer)
                .headers(h -> h.setBearerAuth(leadToken())).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(10000);
    }

    @Test
    void a_narrow_filter_still_counts_exactly() {
        UUID customer = UUID.randomUUID();
        createOrder(customer);
        createOrder(customer);
        http.get().uri("/api/orders?customerId={c}&deliveryTo={t}", customer, today().plusDays(30))
                .headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(2)
                .jsonPath("$.content.length()").isEqualTo(2);
    }
}
