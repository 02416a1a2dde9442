package dev.atelier.order.orders.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.order.OrderApiTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code PATCH /api/orders/{id}/status} and the timeline it writes. */
class OrderStatusEndpointTest extends OrderApiTest {

    private WebTestClient.ResponseSpec move(Object id, Object body) {
        return http.patch().uri("/api/orders/{id}/status", id)
                .headers(h -> h.setBearerAuth(leadToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    /** An order of custom work only: nothing to reserve, so work may start at once. */
    private String customWorkOrder() {
        Map<String, Object> json = orderJson(UUID.randomUUID());
        json.put("items", List.of(Map.of("description", "Hand-beaded bodice", "quantity", 1)));
        return (String) create(json).get("id");
    }

    @Test
    void a_custom_work_order_walks_the_whole_life_cycle_and_each_move_is_on_the_timeline() {
        String id = customWorkOrder();
        move(id, Map.of("status", "IN_PROGRESS", "note", "cutting started")).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("IN_PROGRESS").jsonPath("$.version").isEqualTo(1);
        move(id, Map.of("status", "COMPLETED")).expectStatus().isOk();
        Map<?, ?> delivered = move(id, Map.of("status", "DELIVERED", "note", "collected")).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(delivered.get("status")).isEqualTo("DELIVERED");
        assertThat(delivered.get("deliveredAt")).isNotNull();
        assertThat(delivered.get("version")).isEqualTo(3);

        Map<?, ?> read = http.get().uri("/api/orders/{id}", id).headers(h -> h.setBearerAuth(leadToken()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(read).isEqualTo(delivered);

        http.get().uri("/api/orders/{id}/timeline", id).headers(h -> h.setBearerAuth(juniorToken())).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(4)
                .jsonPath("$[0].from").doesNotExist()
                .jsonPath("$[0].to").isEqualTo("PENDING")
                .jsonPath("$[1].from").isEqualTo("PENDING")
                .jsonPath("$[1].to").isEqualTo("IN_PROGRESS")
                .jsonPath("$[1].note").isEqualTo("cutting started")
                .jsonPath("$[1].by").isEqualTo("lead")
                .jsonPath("$[1].at").isNotEmpty()
                .jsonPath("$[3].to").isEqualTo("DELIVERED")
                .jsonPath("$[3].at").isEqualTo(delivered.get("deliveredAt"));
    }

    @Test
    void an_illegal_move_is_409_naming_the_allowed_moves_and_changes_nothing() {
        String id = customWorkOrder();
        move(id, Map.of("status", "DELIVERED")).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/conflict")
                .jsonPath("$.allowedMoves").isEqualTo(List.of("IN_PROGRESS", "CANCELLED"))
                .jsonPath("$.currentStatus").isEqualTo("PENDING")
                .jsonPath("$.requestedStatus").isEqualTo("DELIVERED");
        http.get().uri("/api/orders/{id}/timeline", id).headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectBody().jsonPath("$.length()").isEqualTo(1);
    }

    @Test
    void a_cancelled_order_moves_no_more() {
        String id = customWorkOrder();
        move(id, Map.of("status", "CANCELLED", "note", "customer changed her mind")).expectStatus().isOk();
        move(id, Map.of("status", "IN_PROGRESS")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.allowedMoves").isEmpty();
    }

    @Test
    void work_cannot_start_while_stock_is_still_being_reserved() {
        UUID id = createOrder(UUID.randomUUID());
        move(id, Map.of("status", "IN_PROGRESS")).expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("RESERVING", "RESERVED"));
        http.get().uri("/api/orders/{id}", id).headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("PENDING").jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void an_unknown_status_name_or_none_is_400_naming_status() {
        String id = customWorkOrder();
        move(id, Map.of("status", "SHIPPED")).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        move(id, Map.of("note", "no status")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
    }

    /** Found by ./atelier drill bad-input: {"status": 4} was read by ordinal as CANCELLED and cancelled the order. */
    @Test
    void a_status_given_as_a_number_is_400_and_changes_nothing() {
        String id = customWorkOrder();
        move(id, Map.of("status", 4)).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        http.get().uri("/api/orders/{id}", id).headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("PENDING").jsonPath("$.version").isEqualTo(0);
    }

    /** Found by ./atelier drill bad-input: 1e400 as a quantity overflowed the column (500). */
    @Test
    void an_order_with_an_enormous_quantity_is_400_naming_it() {
        Map<String, Object> json = orderJson(UUID.randomUUID());
        json.put("items", List.of(Map.of("description", "Sequins", "quantity", new java.math.BigDecimal("1e400"))));
        http.post().uri("/api/orders").headers(h -> h.setBearerAuth(leadToken()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("items[0].quantity");
    }

    @Test
    void unknown_and_non_uuid_orders() {
        move(UUID.randomUUID(), Map.of("status", "CANCELLED")).expectStatus().isNotFound();
        move("not-a-uuid", Map.of("status", "CANCELLED")).expectStatus().isBadRequest();
        http.get().uri("/api/orders/{id}/timeline", UUID.randomUUID()).headers(h -> h.setBearerAuth(leadToken()))
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/orders/not-a-uuid/timeline").headers(h -> h.setBearerAuth(leadToken()))
                .exchange().expectStatus().isBadRequest();
    }
}
