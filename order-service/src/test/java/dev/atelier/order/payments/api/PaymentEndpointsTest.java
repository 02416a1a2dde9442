package dev.atelier.order.payments.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Deposits, the rest, refunds and the derived payment status and balance, over HTTP. */
class PaymentEndpointsTest extends PaymentApiTest {

    @Test
    void a_deposit_and_then_the_rest_make_the_order_paid_and_the_order_shows_it() {
        UUID order = createOrder(UUID.randomUUID());

        Map<?, ?> deposit = pay(order, deposit(150), leadToken()).expectStatus().isCreated()
                .expectHeader().value("Location", location -> assertThat(location)
                        .startsWith("/api/orders/" + order + "/payments/"))
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> payment = (Map<?, ?>) deposit.get("payment");
        assertThat(payment.get("kind")).isEqualTo("PAYMENT");
        assertThat(payment.get("amount")).isEqualTo(Map.of("amount", 150.0, "currency", "EUR"));
        assertThat(payment.get("method")).isEqualTo("CARD");
        assertThat(payment.get("recordedBy")).isEqualTo("lead");
        assertThat(payment.get("paidAt")).isNotNull();
        Map<?, ?> balance = (Map<?, ?>) deposit.get("balance");
        assertThat(balance.get("balanceDue")).isEqualTo(Map.of("amount", 300.0, "currency", "EUR"));
        assertThat(balance.get("paymentStatus")).isEqualTo("PARTIALLY_PAID");
        assertThat(balance.get("orderVersion")).isEqualTo(1);

        http.get().uri("/api/orders/{id}", order).headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.paymentStatus").isEqualTo("PARTIALLY_PAID")
                .jsonPath("$.balanceDue.amount").isEqualTo(300.0)
                .jsonPath("$.amountPaid.amount").isEqualTo(150.0)
                .jsonPath("$.amountRefunded.amount").isEqualTo(0.0)
                .jsonPath("$.version").isEqualTo(1);

        Map<?, ?> rest = paid(order, deposit(300));
        assertThat(((Map<?, ?>) rest.get("balance")).get("paymentStatus")).isEqualTo("PAID");
        assertThat(((Map<?, ?>) rest.get("balance")).get("balanceDue")).isEqualTo(Map.of("amount", 0.0,
                "currency", "EUR"));
        assertThat(storedAccount(order)).isEqualTo("450.0000/0.0000/2");

        String paymentId = (String) payment.get("id");
        http.get().uri("/api/orders/{id}/payments/{p}", order, paymentId).headers(h -> h.setBearerAuth(leadToken()))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(paymentId)
                .jsonPath("$.note").isEqualTo(payment.get("note"));
    }

    @Test
    void the_list_is_newest_paid_first_by_default_paginated_and_sortable_by_paid_at() {
        UUID order = createOrder(UUID.randomUUID());
        Map<String, Object> older = deposit(10);
        older.put("paidAt", "2026-01-05T10:00:00Z");
        Map<String, Object> oldest = deposit(20);
        oldest.put("paidAt", "2026-01-01T10:00:00Z");
        Map<String, Object> newest = deposit(30);
        newest.put("method", "CASH");
        paid(order, older);
        paid(order, oldest);
        paid(order, newest);

        http.get().uri("/api/orders/{id}/payments", order).headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.content.length()").isEqualTo(3)
                .jsonPath("$.content[0].amount.amount").isEqualTo(30.0)
                .jsonPath("$.content[0].method").isEqualTo("CASH")
                .jsonPath("$.content[1].paidAt").isEqualTo("2026-01-05T10:00:00Z")
                .jsonPath("$.content[2].amount.amount").isEqualTo(20.0)
                .jsonPath("$.page.totalElements").isEqualTo(3);

        http.get().uri("/api/orders/{id}/payments?sort=paidAt,asc&size=2&page=1", order)
                .headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.content.length()").isEqualTo(1)
                .jsonPath("$.content[0].amount.amount").isEqualTo(30.0)
                .jsonPath("$.page.totalPages").isEqualTo(2);

        http.get().uri("/api/orders/{id}/payments?sort=amount", order).headers(h -> h.setBearerAuth(leadToken()))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("sort");
    }

    /** Issue 16: paying and refunding the whole price again and again overflowed amount_paid (500). */
    @Test
    void pay_and_refund_cycles_end_in_a_409_before_the_totals_overflow() {
        Map<String, Object> json = orderJson(UUID.randomUUID());
        json.put("price", new java.util.LinkedHashMap<>(Map.of("amount", 400_000_000_000.0, "currency", "EUR")));
        UUID order = UUID.fromString((String) create(json).get("id"));
        paid(order, deposit(400_000_000_000.0));
        paid(order, payment("REFUND", 400_000_000_000.0, "EUR"));
        paid(order, deposit(400_000_000_000.0));
        paid(order, payment("REFUND", 400_000_000_000.0, "EUR"));

        pay(order, deposit(400_000_000_000.0), leadToken()).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.reason").isEqualTo("TOTALS_FULL")
                .jsonPath("$.total.amount").isEqualTo(800_000_000_000.0);
        assertThat(paymentsStored(order)).isEqualTo(4);
        assertThat(storedAccount(order)).isEqualTo("800000000000.0000/800000000000.0000/4");
    }

    @Test
    void overpaying_is_409_saying_the_balance_due_and_writes_nothing() {
        UUID order = createOrder(UUID.randomUUID());
        paid(order, deposit(400));

        pay(order, deposit(50.01), leadToken()).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/conflict")
                .jsonPath("$.reason").isEqualTo("OVERPAYMENT")
                .jsonPath("$.balanceDue.amount").isEqualTo(50.0)
                .jsonPath("$.balanceDue.currency").isEqualTo("EUR")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("50.00 EUR"));
        assertThat(paymentsStored(order)).isEqualTo(1);
        assertThat(storedAccount(order)).isEqualTo("400.0000/0.0000/1");
    }

    @Test
    void refunds_up_to_what_was_paid_net_and_then_the_order_is_refunded() {
        UUID customer = UUID.randomUUID();
        UUID order = createOrder(customer);
        UUID other = createOrder(customer);
        paid(order, deposit(200));
        paid(other, deposit(450));

        pay(order, payment("REFUND", 200.01, "EUR"), leadToken()).expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.reason").isEqualTo("REFUND_EXCEEDS_PAID")
                .jsonPath("$.refundable.amount").isEqualTo(200.0);
        Map<?, ?> partly = paid(order, payment("REFUND", 50, "EUR"));
        assertThat(((Map<?, ?>) partly.get("balance")).get("paymentStatus")).isEqualTo("PARTIALLY_PAID");
        Map<?, ?> all = paid(order, payment("REFUND", 150, "EUR"));
        assertThat(((Map<?, ?>) all.get("balance")).get("paymentStatus")).isEqualTo("REFUNDED");
        assertThat(((Map<?, ?>) all.get("balance")).get("balanceDue")).isEqualTo(Map.of("amount", 450.0,
                "currency", "EUR"));
        assertThat(storedAccount(order)).isEqualTo("200.0000/200.0000/3");

        for (Map.Entry<String, UUID> filter : Map.of("REFUNDED", order, "PAID", other).entrySet()) {
            http.get().uri("/api/orders?customerId={c}&paymentStatus={s}", customer, filter.getKey())
                    .headers(h -> h.setBearerAuth(leadToken())).exchange()
                    .expectStatus().isOk().expectBody()
                    .jsonPath("$.page.totalElements").isEqualTo(1)
                    .jsonPath("$.content[0].id").isEqualTo(filter.getValue().toString());
        }
        for (String none : List.of("UNPAID", "PARTIALLY_PAID")) {
            http.get().uri("/api/orders?customerId={c}&paymentStatus={s}", customer, none)
                    .headers(h -> h.setBearerAuth(leadToken())).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
        }
    }

    @Test
    void a_cancelled_order_refuses_payments_but_takes_refunds() {
        UUID order = createOrder(UUID.randomUUID());
        paid(order, deposit(100));
        http.patch().uri("/api/orders/{id}/status", order).headers(h -> h.setBearerAuth(leadToken()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "CANCELLED"))
                .exchange().expectStatus().isOk();

        pay(order, deposit(10), leadToken()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.reason").isEqualTo("ORDER_CANCELLED")
                .jsonPath("$.refundable.amount").isEqualTo(100.0);
        Map<?, ?> refunded = paid(order, payment("REFUND", 100, "EUR"));
        assertThat(((Map<?, ?>) refunded.get("balance")).get("paymentStatus")).isEqualTo("REFUNDED");
    }

    @Test
    void a_junior_designer_sees_no_payment_keys_on_the_order_or_in_the_list() {
        UUID customer = UUID.randomUUID();
        UUID order = createOrder(customer);
        paid(order, deposit(100));
        Set<String> money = Set.of("price", "balanceDue", "paymentStatus", "amountPaid", "amountRefunded");

        Map<?, ?> read = http.get().uri("/api/orders/{id}", order).headers(h -> h.setBearerAuth(juniorToken()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(keys(read)).doesNotContainAnyElementsOf(money).contains("status", "stockStatus", "shortages");
        Map<?, ?> page = http.get().uri("/api/orders?customerId={c}", customer)
                .headers(h -> h.setBearerAuth(juniorToken())).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(keys((Map<?, ?>) ((List<?>) page.get("content")).get(0))).doesNotContainAnyElementsOf(money);

        Map<?, ?> lead = http.get().uri("/api/orders/{id}", order).headers(h -> h.setBearerAuth(leadToken()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(keys(lead)).containsAll(money);
    }

    private static Set<String> keys(Map<?, ?> json) {
        return json.keySet().stream().map(String::valueOf).collect(Collectors.toSet());
    }
}
