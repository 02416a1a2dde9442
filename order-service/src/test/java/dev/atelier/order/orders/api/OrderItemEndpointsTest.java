package dev.atelier.order.orders.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.order.OrderApiTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** /api/order-items and /api/orders/{id}/items: items change only while PENDING, each change versioned. */
class OrderItemEndpointsTest extends OrderApiTest {

    private Map<?, ?> read(Object orderId) {
        return http.get().uri("/api/orders/{id}", orderId).headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec send(String method, String path, Object body, Object... variables) {
        WebTestClient.RequestBodySpec request = http.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path, variables).headers(h -> h.setBearerAuth(leadToken()));
        return body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static String firstItemId(Map<?, ?> order) {
        return (String) ((Map<?, ?>) ((List<?>) order.get("items")).get(0)).get("id");
    }

    @Test
    void an_item_added_through_the_order_is_read_back_and_the_order_versions_move() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        Object orderId = order.get("id");
        UUID lace = UUID.randomUUID();
        var result = send("POST", "/api/orders/{id}/items", Map.of("inventoryItemId", lace.toString(), "size", "M",
                "quantity", 2.5, "orderVersion", 0), orderId).expectStatus().isCreated()
                .expectBody(Map.class).returnResult();
        Map<?, ?> item = result.getResponseBody();
        assertThat(result.getResponseHeaders().getLocation()).hasToString("/api/order-items/" + item.get("id"));
        assertThat(item.get("orderId")).isEqualTo(orderId);
        assertThat(item.get("position")).isEqualTo(2);
        assertThat(item.get("inventoryItemId")).isEqualTo(lace.toString());
        assertThat(item.get("quantity")).isEqualTo(2.5);
        assertThat(item.get("orderVersion")).isEqualTo(1);

        Map<?, ?> after = read(orderId);
        assertThat(after.get("version")).isEqualTo(1);
        assertThat(after.get("itemListVersion")).isEqualTo(2);
        assertThat(after.get("stockStatus")).isEqualTo("RESERVING");
        assertThat((List<?>) after.get("items")).hasSize(3);

        http.get().uri("/api/order-items/{id}", item.get("id")).headers(h -> h.setBearerAuth(juniorToken())).exchange()
                .expectStatus().isOk().expectBody(Map.class).isEqualTo(item);
    }

    @Test
    void items_are_added_through_order_items_listed_per_order_and_paginated() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        Object orderId = order.get("id");
        send("POST", "/api/order-items", Map.of("orderId", orderId, "description", "Covered buttons",
                "quantity", 12), new Object[0]).expectStatus().isCreated()
                .expectBody().jsonPath("$.description").isEqualTo("Covered buttons")
                .jsonPath("$.inventoryItemId").doesNotExist();
        http.get().uri("/api/order-items?orderId={id}&size=2&page=1", orderId).headers(h -> h.setBearerAuth(juniorToken()))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.content.length()").isEqualTo(1)
                .jsonPath("$.content[0].description").isEqualTo("Covered buttons")
                .jsonPath("$.content[0].orderVersion").isEqualTo(1)
                .jsonPath("$.page.totalElements").isEqualTo(3)
                .jsonPath("$.page.totalPages").isEqualTo(2);
        http.get().uri("/api/orders/{id}/items", orderId).headers(h -> h.setBearerAuth(juniorToken()))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.content.length()").isEqualTo(3)
                .jsonPath("$.content[0].position").isEqualTo(0)
                .jsonPath("$.content[2].description").isEqualTo("Covered buttons");
        http.get().uri("/api/order-items").headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.page.totalElements")
                .value(total -> assertThat(((Number) total).longValue()).isGreaterThanOrEqualTo(3));
        http.get().uri("/api/orders/{id}/items", UUID.randomUUID()).headers(h -> h.setBearerAuth(leadToken()))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void an_item_is_changed_by_put_and_patch_keeping_its_id() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        String itemId = firstItemId(order);
        Map<?, ?> stock = (Map<?, ?>) ((List<?>) order.get("items")).get(0);
        send("PUT", "/api/order-items/{id}", Map.of("inventoryItemId", stock.get("inventoryItemId"), "size", "UK 14",
                "quantity", 4, "orderVersion", 0), itemId).expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(itemId)
                .jsonPath("$.size").isEqualTo("UK 14")
                .jsonPath("$.quantity").isEqualTo(4)
                .jsonPath("$.orderVersion").isEqualTo(1);
        http.patch().uri("/api/order-items/{id}", itemId).headers(h -> h.setBearerAuth(leadToken()))
                .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                .bodyValue(Map.of("quantity", 1.25, "orderVersion", 1)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.quantity").isEqualTo(1.25).jsonPath("$.size").isEqualTo("UK 14");
        // switching kind: drop the inventory item and the size, give a description
        Map<String, Object> toCustom = new LinkedHashMap<>();
        toCustom.put("inventoryItemId", null);
        toCustom.put("size", null);
        toCustom.put("description", "Own fabric, customer brings it");
        toCustom.put("orderVersion", 2);
        send("PATCH", "/api/order-items/{id}", toCustom, itemId).expectStatus().isOk()
                .expectBody().jsonPath("$.description").isEqualTo("Own fabric, customer brings it")
                .jsonPath("$.inventoryItemId").doesNotExist();
        Map<?, ?> after = read(order.get("id"));
        assertThat(firstItemId(after)).isEqualTo(itemId);
        assertThat(after.get("itemListVersion")).isEqualTo(4);
        assertThat(after.get("version")).isEqualTo(3);
    }

    @Test
    void concurrent_item_changes_queue_on_the_order_and_the_same_version_wins_only_once() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        Object orderId = order.get("id");
        List<Integer> unguarded = concurrently(5, i -> Map.of("description", "Button " + i, "quantity", 1), orderId);
        assertThat(unguarded).containsOnly(201);
        Map<?, ?> after = read(orderId);
        assertThat((List<?>) after.get("items")).hasSize(7);
        assertThat(after.get("itemListVersion")).isEqualTo(6);
        assertThat(after.get("version")).isEqualTo(5);

        List<Integer> guarded = concurrently(4, i -> Map.of("description", "Hook " + i, "quantity", 1,
                "orderVersion", 5), orderId);
        assertThat(guarded).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat((List<?>) read(orderId).get("items")).hasSize(8);
    }

    /** Sends {@code count} item additions to the order at the same time; answers their statuses. */
    private List<Integer> concurrently(int count, java.util.function.IntFunction<Map<String, Object>> body,
            Object orderId) {
        String token = leadToken();
        List<java.util.concurrent.CompletableFuture<Integer>> calls = java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() -> http.post()
                        .uri("/api/orders/{id}/items", orderId).headers(h -> h.setBearerAuth(token))
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(body.apply(i)).exchange()
                        .returnResult(String.class).getStatus().value()))
                .toList();
        return calls.stream().map(java.util.concurrent.CompletableFuture::join).toList();
    }

    @Test
    void an_item_is_removed_but_never_the_last_one() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        List<?> items = (List<?>) order.get("items");
        String first = (String) ((Map<?, ?>) items.get(0)).get("id");
        String second = (String) ((Map<?, ?>) items.get(1)).get("id");
        send("DELETE", "/api/order-items/{id}?orderVersion=0", null, first).expectStatus().isNoContent();
        send("GET", "/api/order-items/{id}", null, first).expectStatus().isNotFound();
        send("DELETE", "/api/order-items/{id}", null, second).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("at least one item"));
        Map<?, ?> after = read(order.get("id"));
        assertThat((List<?>) after.get("items")).hasSize(1);
        assertThat(after.get("version")).isEqualTo(1);
    }

    @Test
    void items_change_only_while_the_order_is_pending() {
        Map<String, Object> json = orderJson(UUID.randomUUID());
        json.put("items", List.of(Map.of("description", "Hand-beaded bodice", "quantity", 1)));
        Map<?, ?> order = create(json);
        http.patch().uri("/api/orders/{id}/status", order.get("id")).headers(h -> h.setBearerAuth(leadToken()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "IN_PROGRESS")).exchange()
                .expectStatus().isOk();
        String itemId = firstItemId(order);
        send("POST", "/api/orders/{id}/items", Map.of("description", "Belt", "quantity", 1), order.get("id"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.currentStatus").isEqualTo("IN_PROGRESS");
        send("PUT", "/api/order-items/{id}", Map.of("description", "Two bodices", "quantity", 2), itemId)
                .expectStatus().isEqualTo(409);
        send("DELETE", "/api/order-items/{id}", null, itemId).expectStatus().isEqualTo(409);
        Map<?, ?> after = read(order.get("id"));
        assertThat(after.get("items")).isEqualTo(order.get("items"));
        assertThat(after.get("itemListVersion")).isEqualTo(1);
    }

    @Test
    void bad_item_input_is_400_or_404_or_409_and_writes_nothing() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        Object orderId = order.get("id");
        String itemId = firstItemId(order);
        String path = "/api/orders/{id}/items";
        assertField(send("POST", path, Map.of("description", "x", "quantity", 0), orderId), "quantity");
        assertField(send("POST", path, Map.of("description", "x", "quantity", -1), orderId), "quantity");
        assertField(send("POST", path, Map.of("description", "x"), orderId), "quantity");
        assertField(send("POST", path, Map.of("description", "x", "inventoryItemId", UUID.randomUUID().toString(),
                "quantity", 1), orderId), "inventoryItemId");
        assertField(send("POST", path, Map.of("quantity", 1), orderId), "inventoryItemId");
        assertField(send("POST", path, Map.of("description", "x", "size", "M", "quantity", 1), orderId), "size");
        assertField(send("POST", path, Map.of("description", "x", "quantity", 1.0001), orderId), "quantity");
        assertField(send("POST", path, Map.of("description", "x", "quantity", 1, "orderId",
                UUID.randomUUID().toString()), orderId), "orderId");
        assertField(send("POST", "/api/order-items", Map.of("description", "x", "quantity", 1), new Object[0]),
                "orderId");
        assertField(send("PUT", "/api/order-items/{id}", Map.of("description", "x", "quantity", 0), itemId),
                "quantity");
        assertField(send("PATCH", "/api/order-items/{id}", Map.of("description", "also custom", "orderVersion", 0), itemId),
                "inventoryItemId");
        send("POST", path, "{\"description\": ", orderId).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/malformed-request");
        send("POST", path, Map.of("description", "x", "quantity", "many"), orderId).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/malformed-request");
        send("POST", path, Map.of("inventoryItemId", "silk", "quantity", 1), orderId).expectStatus().isBadRequest();
        send("POST", path, Map.of("description", "x", "quantity", 1), UUID.randomUUID()).expectStatus().isNotFound();
        send("POST", "/api/order-items", Map.of("orderId", UUID.randomUUID().toString(), "description", "x",
                "quantity", 1), new Object[0]).expectStatus().isNotFound();
        send("POST", path, Map.of("description", "x", "quantity", 1), "not-a-uuid").expectStatus().isBadRequest();
        send("GET", "/api/order-items/{id}", null, "not-a-uuid").expectStatus().isBadRequest();
        send("GET", "/api/order-items?orderId=ada", null).expectStatus().isBadRequest();
        send("GET", "/api/order-items/{id}", null, UUID.randomUUID()).expectStatus().isNotFound();
        send("PUT", "/api/order-items/{id}", Map.of("description", "x", "quantity", 1), UUID.randomUUID())
                .expectStatus().isNotFound();
        send("DELETE", "/api/order-items/{id}", null, UUID.randomUUID()).expectStatus().isNotFound();
        send("POST", path, Map.of("description", "x", "quantity", 1, "orderVersion", 7), orderId)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.currentVersion").isEqualTo(0);
        send("DELETE", "/api/order-items/{id}?orderVersion=3", null, itemId).expectStatus().isEqualTo(409);
        assertThat(read(orderId)).isEqualTo(order);
    }

    private static void assertField(WebTestClient.ResponseSpec response, String field) {
        response.expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field")
                .value(fields -> assertThat((List<String>) fields).contains(field));
    }
}
