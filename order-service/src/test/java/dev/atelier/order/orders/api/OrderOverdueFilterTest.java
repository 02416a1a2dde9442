package dev.atelier.order.orders.api;

import dev.atelier.order.OrderApiTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** {@code overdue=true}: delivery date (UTC) passed and neither DELIVERED nor CANCELLED; false: all others. */
class OrderOverdueFilterTest extends OrderApiTest {

    /**
     * Orders cannot be created with a past delivery date, so the test moves them back in time in the
     * table (made 20 days before delivery: never delivered before they were made).
     */
    private void store(UUID order, LocalDate deliveryDate, String status) {
        database.sql("""
                        UPDATE customer_order SET delivery_date = :d, status = :s,
                          created_at = (CAST(:d AS date) - 20)::timestamp AT TIME ZONE 'UTC' WHERE id = :id""")
                .bind("d", deliveryDate).bind("s", status).bind("id", order).then().block();
    }

    @Test
    void overdue_lists_open_orders_whose_delivery_date_has_passed_and_false_lists_the_rest() {
        UUID customer = UUID.randomUUID();
        UUID late = createOrder(customer);
        UUID lateInProgress = createOrder(customer);
        UUID delivered = createOrder(customer);
        UUID cancelled = createOrder(customer);
        UUID dueToday = createOrder(customer);
        UUID future = createOrder(customer);
        store(late, today().minusDays(1), "PENDING");
        store(lateInProgress, today().minusDays(30), "IN_PROGRESS");
        store(delivered, today().minusDays(3), "DELIVERED");
        store(cancelled, today().minusDays(3), "CANCELLED");
        store(dueToday, today(), "COMPLETED");

        http.get().uri("/api/orders?customerId={c}&overdue=true&sort=deliveryDate,asc", customer)
                .headers(h -> h.setBearerAuth(juniorToken())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(2)
                .jsonPath("$.content[0].id").isEqualTo(lateInProgress.toString())
                .jsonPath("$.content[1].id").isEqualTo(late.toString());

        http.get().uri("/api/orders?customerId={c}&overdue=false&sort=deliveryDate,asc", customer)
                .headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(4)
                .jsonPath("$.content[3].id").isEqualTo(future.toString());

        http.get().uri("/api/orders?customerId={c}&overdue=true&status=PENDING", customer)
                .headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(1)
                .jsonPath("$.content[0].id").isEqualTo(late.toString());
    }

    @Test
    void overdue_must_be_true_or_false() {
        http.get().uri("/api/orders?overdue=soon").headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
