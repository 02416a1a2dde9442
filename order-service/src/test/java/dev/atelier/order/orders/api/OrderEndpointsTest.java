package dev.atelier.order.orders.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.order.OrderApiTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Creating, reading and listing orders over HTTP, as lead and junior designers. */
class OrderEndpointsTest extends OrderApiTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void an_order_is_created_with_its_items_and_read_back_the_same() {
        UUID customer = UUID.randomUUID();
        Map<String, Object> json = orderJson(customer);
        double createdBefore = meters.counter("atelier.orders.placed").count();
        var result = post(json, leadToken()).expectStatus().isCreated()
                .expectBody(Map.class).returnResult();
        Map<?, ?> created = result.getResponseBody();
        String id = (String) created.get("id");
        assertThat(result.getResponseHeaders().getLocation()).hasToString("/api/orders/" + id);

        assertThat(created.get("customerId")).isEqualTo(customer.toString());
        assertThat(meters.counter("atelier.orders.placed").count()).as("counted once committed")
                .isEqualTo(createdBefore + 1);
        assertThat(created.get("status")).isEqualTo("PENDING");
        assertThat(created.get("stockStatus")).isEqualTo("RESERVING");
        assertThat(created.get("paymentStatus")).isEqualTo("UNPAID");
        assertThat(created.get("price")).isEqualTo(Map.of("amount", 450.00, "currency", "EUR"));
        assertThat(created.get("balanceDue")).isEqualTo(Map.of("amount", 450.00, "currency", "EUR"));
        assertThat(created.get("deliveryDate")).isEqualTo(json.get("deliveryDate"));
        assertThat(created.get("deliveryMethod")).isEqualTo("PICKUP");
        assertThat(created.get("notes")).isEqualTo(json.get("notes"));
        assertThat(created.get("version")).isEqualTo(0);
        assertThat(created.get("createdBy")).isEqualTo("lead");
        assertThat(created.get("updatedBy")).isEqualTo("lead");
        assertThat(created.get("createdAt")).isNotNull();

        List<?> items = (List<?>) created.get("items");
        assertThat(items).hasSize(2);
        Map<?, ?> stock = (Map<?, ?>) items.get(0);
        Map<?, ?> custom = (Map<?, ?>) items.get(1);
        Map<?, ?> sentStock = (Map<?, ?>) ((List<?>) json.get("items")).get(0);
        assertThat(stock.get("id")).isNotNull();
        assertThat(stock.get("inventoryItemId")).isEqualTo(sentStock.get("inventoryItemId"));
        assertThat(stock.get("size")).isEqualTo("UK 12");
        assertThat(stock.get("quantity")).isEqualTo(3);
        assertThat(keys(stock)).doesNotContain("description");
        assertThat(custom.get("description")).isEqualTo("Hand-beaded bodice");
        assertThat(custom.get("quantity")).isEqualTo(1);
        assertThat(keys(custom)).doesNotContain("inventoryItemId", "size");

        Map<?, ?> read = http.get().uri("/api/orders/{id}", id).headers(h -> h.setBearerAuth(leadToken()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(read).isEqualTo(created);
    }

    @Test
    void a_delivery_order_keeps_its_address_and_fractional_quantities() {
        Map<String, Object> json = orderJson(UUID.randomUUID());
        json.put("deliveryMethod", "DELIVERY");
        json.put("deliveryAddress", Map.of("street", "12 Marina", "city", "Lagos", "postalCode", "100001",
                "country", "NG"));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) ((List<?>) json.get("items")).get(0);
        first.put("quantity", 2.5);
        json.put("price", Map.of("amount", 45000, "currency", "NGN"));
        Map<?, ?> created = create(json);
        assertThat(created.get("deliveryAddress")).isEqualTo(Map.of("street", "12 Marina", "city", "Lagos",
                "postalCode", "100001", "country", "NG"));
        assertThat(((Map<?, ?>) ((List<?>) created.get("items")).get(0)).get("quantity")).isEqualTo(2.5);
        assertThat(created.get("price")).isEqualTo(Map.of("amount", 45000.00, "currency", "NGN"));
    }

    @Test
    void a_junior_designer_reads_orders_without_any_money_keys() {
        UUID customer = UUID.randomUUID();
        UUID id = createOrder(customer);
        Map<?, ?> read = http.get().uri("/api/orders/{id}", id).headers(h -> h.setBearerAuth(juniorToken()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(keys(read)).doesNotContain("price", "balanceDue", "paymentStatus", "payments");
        assertThat(read.get("status")).isEqualTo("PENDING");
        assertThat((List<?>) read.get("items")).hasSize(2);

        Map<?, ?> page = http.get().uri("/api/orders?customerId={c}", customer)
                .headers(h -> h.setBearerAuth(juniorToken()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> listed = (Map<?, ?>) ((List<?>) page.get("content")).get(0);
        assertThat(listed.get("id")).isEqualTo(id.toString());
        assertThat(keys(listed)).doesNotContain("price", "balanceDue", "paymentStatus", "payments");
    }

    @Test
    void the_list_filters_by_customer_status_and_delivery_window_and_pages() {
        UUID customer = UUID.randomUUID();
        Map<String, Object> soon = orderJson(customer);
        soon.put("deliveryDate", today().plusDays(5).toString());
        Map<String, Object> later = orderJson(customer);
        later.put("deliveryDate", today().plusDays(50).toString());
        Map<String, Object> latest = orderJson(customer);
        latest.put("deliveryDate", today().plusDays(90).toString());
        String soonId = (String) create(soon).get("id");
        String laterId = (String) create(later).get("id");
        String latestId = (String) create(latest).get("id");
        createOrder(UUID.randomUUID());

        http.get().uri("/api/orders?customerId={c}&sort=deliveryDate,asc", customer)
                .headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.content.length()").isEqualTo(3)
                .jsonPath("$.content[0].id").isEqualTo(soonId)
                .jsonPath("$.content[2].id").isEqualTo(latestId)
                .jsonPath("$.page.totalElements").isEqualTo(3)
                .jsonPath("$.page.number").isEqualTo(0)
                .jsonPath("$.page.size").isEqualTo(20);

        http.get().uri("/api/orders?customerId={c}&status=PENDING&deliveryFrom={f}&deliveryTo={t}", customer,
                        today().plusDays(10), today().plusDays(60))
                .headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.content.length()").isEqualTo(1)
                .jsonPath("$.content[0].id").isEqualTo(laterId)
                .jsonPath("$.content[0].items.length()").isEqualTo(2);

        http.get().uri("/api/orders?customerId={c}&status=IN_PROGRESS", customer)
                .headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.page.totalElements").isEqualTo(0);

        http.get().uri("/api/orders?customerId={c}&stockStatus=RESERVING&paymentStatus=UNPAID"
                        + "&sort=deliveryDate,desc&size=2&page=1", customer)
                .headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.content.length()").isEqualTo(1)
                .jsonPath("$.content[0].id").isEqualTo(soonId)
                .jsonPath("$.page.totalElements").isEqualTo(3)
                .jsonPath("$.page.totalPages").isEqualTo(2);
    }

    private static java.util.Set<String> keys(Map<?, ?> json) {
        return json.keySet().stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void an_unknown_order_is_404() {
        UUID unknown = UUID.randomUUID();
        http.get().uri("/api/orders/{id}", unknown).headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/not-found");
    }

    @Test
    void a_non_uuid_id_is_400() {
        http.get().uri("/api/orders/not-a-uuid").headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContain("Exception"));
    }
}
