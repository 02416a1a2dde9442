package dev.atelier.order.orders.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.order.OrderApiTest;
import dev.atelier.order.customers.CustomerServiceStandIn;
import dev.atelier.order.orders.domain.Order;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** PUT, PATCH and DELETE of /api/orders/{id}: what may change in which status, versions, and nothing half-written. */
class OrderRevisionEndpointsTest extends OrderApiTest {

    private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

    /** The order's terms as a PUT body, with its version. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> termsOf(Map<?, ?> order) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("measurementId", order.get("measurementId"));
        json.put("items", ((List<Map<String, Object>>) order.get("items")).stream().map(item -> {
            Map<String, Object> copy = new LinkedHashMap<>(item);
            copy.remove("id");
            return copy;
        }).toList());
        json.put("price", order.get("price"));
        json.put("deliveryDate", order.get("deliveryDate"));
        json.put("deliveryMethod", order.get("deliveryMethod"));
        json.put("deliveryAddress", order.get("deliveryAddress"));
        json.put("notes", order.get("notes"));
        json.put("version", order.get("version"));
        return json;
    }

    private WebTestClient.ResponseSpec put(Object id, Object json, String token) {
        return http.put().uri("/api/orders/{id}", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec patch(Object id, Object json, MediaType type) {
        return http.patch().uri("/api/orders/{id}", id).headers(h -> h.setBearerAuth(leadToken()))
                .contentType(type).bodyValue(json).exchange();
    }

    private Map<?, ?> read(Object id) {
        return http.get().uri("/api/orders/{id}", id).headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private void moveTo(Object id, String status) {
        http.patch().uri("/api/orders/{id}/status", id).headers(h -> h.setBearerAuth(leadToken()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", status)).exchange()
                .expectStatus().isOk();
    }

    /** An order of custom work only, so it may start work without a stock answer. */
    private Map<?, ?> customWorkOrder() {
        Map<String, Object> json = orderJson(UUID.randomUUID());
        json.put("items", List.of(Map.of("description", "Hand-beaded bodice", "quantity", 1)));
        return create(json);
    }

    @Test
    void put_replaces_the_terms_keeps_unchanged_items_and_bumps_the_version() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        Map<String, Object> json = termsOf(order);
        json.put("notes", "silk lining " + UUID.randomUUID());
        json.put("deliveryDate", today().plusDays(40).toString());
        json.put("price", Map.of("amount", 480.5, "currency", "EUR"));
        json.put("deliveryMethod", "DELIVERY");
        json.put("deliveryAddress", Map.of("street", "12 Marina", "city", "Lagos", "country", "NG"));
        Map<?, ?> replaced = put(order.get("id"), json, leadToken()).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(replaced.get("version")).isEqualTo(1);
        assertThat(replaced.get("notes")).isEqualTo(json.get("notes"));
        assertThat(replaced.get("deliveryDate")).isEqualTo(json.get("deliveryDate"));
        assertThat(replaced.get("price")).isEqualTo(Map.of("amount", 480.5, "currency", "EUR"));
        assertThat(replaced.get("balanceDue")).isEqualTo(Map.of("amount", 480.5, "currency", "EUR"));
        assertThat(((Map<?, ?>) replaced.get("deliveryAddress")).get("city")).isEqualTo("Lagos");
        assertThat(replaced.get("items")).isEqualTo(order.get("items"));
        assertThat(replaced.get("itemListVersion")).isEqualTo(1);
        assertThat(replaced.get("createdBy")).isEqualTo("lead");
        assertThat(read(order.get("id"))).isEqualTo(replaced);
    }

    @Test
    void put_with_new_items_replaces_the_list_and_bumps_the_item_list_version() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        Map<String, Object> json = termsOf(order);
        json.put("items", List.of(Map.of("description", "Silk stole", "quantity", 2)));
        Map<?, ?> replaced = put(order.get("id"), json, leadToken()).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) replaced.get("items")).hasSize(1);
        assertThat(replaced.get("itemListVersion")).isEqualTo(2);
        assertThat(replaced.get("stockStatus")).isEqualTo("RESERVING");
        assertThat((List<?>) read(order.get("id")).get("items")).hasSize(1);
    }

    @Test
    void a_stale_version_is_409_and_changes_nothing() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        Map<String, Object> json = termsOf(order);
        json.put("notes", "first");
        put(order.get("id"), json, leadToken()).expectStatus().isOk();
        json.put("notes", "second, from an old read");
        put(order.get("id"), json, leadToken()).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.currentVersion").isEqualTo(1);
        assertThat(read(order.get("id")).get("notes")).isEqualTo("first");
    }

    @Test
    void more_items_than_an_order_holds_is_400_naming_items_and_changes_nothing() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        Map<String, Object> json = termsOf(order);
        json.put("items", Collections.nCopies(Order.MAX_ITEMS + 1, Map.of("description", "Sequin panel", "quantity", 1)));
        put(order.get("id"), json, leadToken()).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("items")
                .jsonPath("$.errors[0].message").isEqualTo("must contain at most " + Order.MAX_ITEMS + " items");
        assertThat(read(order.get("id")).get("version")).isEqualTo(0);
    }

    @Test
    void the_customer_cannot_change_and_the_version_is_required() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        Map<String, Object> json = termsOf(order);
        json.put("customerId", UUID.randomUUID().toString());
        put(order.get("id"), json, leadToken()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerId");
        json.put("customerId", order.get("customerId"));
        json.remove("version");
        put(order.get("id"), json, leadToken()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("version");
        assertThat(read(order.get("id")).get("version")).isEqualTo(0);
    }

    @Test
    void after_work_started_items_are_409_but_delivery_and_notes_may_change() {
        Map<?, ?> order = customWorkOrder();
        moveTo(order.get("id"), "IN_PROGRESS");
        Map<?, ?> started = read(order.get("id"));
        Map<String, Object> json = termsOf(started);
        json.put("items", List.of(Map.of("description", "Two bodices", "quantity", 2)));
        put(order.get("id"), json, leadToken()).expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.field").isEqualTo("items")
                .jsonPath("$.currentStatus").isEqualTo("IN_PROGRESS")
                .jsonPath("$.allowedWhile[0]").isEqualTo("PENDING");
        patch(order.get("id"), Map.of("notes", "fitting on Friday", "deliveryDate", today().plusDays(9).toString(),
                "version", started.get("version")), MERGE_PATCH).expectStatus().isOk()
                .expectBody().jsonPath("$.notes").isEqualTo("fitting on Friday")
                .jsonPath("$.items[0].description").isEqualTo("Hand-beaded bodice");
    }

    @Test
    void a_delivered_order_changes_no_more() {
        Map<?, ?> order = customWorkOrder();
        for (String status : List.of("IN_PROGRESS", "COMPLETED", "DELIVERED")) {
            moveTo(order.get("id"), status);
        }
        Map<?, ?> delivered = read(order.get("id"));
        patch(order.get("id"), Map.of("notes", "too late", "version", delivered.get("version")),
                MediaType.APPLICATION_JSON).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.currentStatus").isEqualTo("DELIVERED").jsonPath("$.field").isEqualTo("notes");
        patch(order.get("id"), Map.of("price", Map.of("amount", 1, "currency", "EUR"), "version",
                delivered.get("version")), MERGE_PATCH).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.field").isEqualTo("price");
        assertThat(read(order.get("id"))).isEqualTo(delivered);
    }

    @Test
    void patch_merges_only_what_it_names() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        Map<?, ?> patched = patch(order.get("id"), Map.of("deliveryMethod", "DELIVERY", "deliveryAddress",
                Map.of("street", "3 Allen Avenue", "city", "Ikeja", "country", "NG"), "version", 0), MERGE_PATCH)
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(patched.get("deliveryMethod")).isEqualTo("DELIVERY");
        assertThat(((Map<?, ?>) patched.get("deliveryAddress")).get("street")).isEqualTo("3 Allen Avenue");
        assertThat(patched.get("notes")).isEqualTo(order.get("notes"));
        assertThat(patched.get("items")).isEqualTo(order.get("items"));
        assertThat(patched.get("price")).isEqualTo(order.get("price"));
        assertThat(patched.get("version")).isEqualTo(1);
        // null removes: the notes go, and back to PICKUP the address may go too
        Map<String, Object> removal = new LinkedHashMap<>();
        removal.put("notes", null);
        removal.put("deliveryMethod", "PICKUP");
        removal.put("deliveryAddress", null);
        removal.put("version", 1);
        patch(order.get("id"), removal, MediaType.APPLICATION_JSON).expectStatus().isOk()
                .expectBody().jsonPath("$.notes").doesNotExist()
                .jsonPath("$.deliveryAddress").doesNotExist()
                .jsonPath("$.version").isEqualTo(2);
    }

    @Test
    void bad_patches_are_400_naming_the_field_and_change_nothing() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        Object id = order.get("id");
        patch(id, Map.of("items", List.of(), "version", 0), MERGE_PATCH).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(f -> assertThat((List<String>) f).contains("items"));
        patch(id, Map.of("items", List.of(Map.of("description", "x", "quantity", 0)), "version", 0), MERGE_PATCH)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field")
                .value(f -> assertThat((List<String>) f).contains("items[0].quantity"));
        patch(id, Map.of("items", List.of(Map.of("description", "x", "inventoryItemId", UUID.randomUUID().toString(),
                "quantity", 1)), "version", 0), MERGE_PATCH).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("items[0]");
        patch(id, Map.of("deliveryDate", today().minusDays(1).toString(), "version", 0), MERGE_PATCH)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("deliveryDate");
        patch(id, Map.of("deliveryMethod", "DELIVERY", "version", 0), MERGE_PATCH).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("deliveryAddress");
        patch(id, Map.of("price", Map.of("amount", "lots"), "version", 0), MERGE_PATCH).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/malformed-request");
        patch(id, Map.of("notes", "no version"), MERGE_PATCH).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("version");
        patch(id, "[1, 2]", MERGE_PATCH).expectStatus().isBadRequest();
        patch(id, "{\"notes\": ", MERGE_PATCH).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/malformed-request");
        put(id, "{\"notes\": ", leadToken()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/malformed-request");
        assertThat(read(id)).isEqualTo(order);
    }

    @Test
    void unknown_and_malformed_ids_are_404_and_400() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        Map<String, Object> json = termsOf(order);
        put(UUID.randomUUID(), json, leadToken()).expectStatus().isNotFound();
        patch(UUID.randomUUID(), Map.of("notes", "x", "version", 0), MERGE_PATCH).expectStatus().isNotFound();
        put("not-a-uuid", json, leadToken()).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.delete().uri("/api/orders/{id}", UUID.randomUUID()).headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isNotFound();
        http.delete().uri("/api/orders/not-a-uuid").headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void a_newly_linked_measurement_set_is_copied_and_relinking_the_same_set_keeps_the_copy() {
        UUID customer = UUID.randomUUID();
        UUID measurement = UUID.randomUUID();
        CustomerServiceStandIn.measurement(measurement, customer, "coat", "CM",
                Map.of("chest", new BigDecimal("101")), null, 1);
        Map<?, ?> order = create(orderJson(customer));
        Map<String, Object> json = termsOf(order);
        json.put("measurementId", measurement.toString());
        Map<?, ?> linked = put(order.get("id"), json, leadToken()).expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
        Map<?, ?> copy = (Map<?, ?>) linked.get("measurement");
        assertThat(copy.get("values")).isEqualTo(Map.of("chest", 101));

        CustomerServiceStandIn.measurement(measurement, customer, "coat", "CM",
                Map.of("chest", new BigDecimal("104")), "re-measured", 2);
        Map<?, ?> again = patch(order.get("id"), Map.of("notes", "same set", "measurementId", measurement.toString(),
                "version", linked.get("version")), MERGE_PATCH).expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
        assertThat(again.get("measurement")).isEqualTo(copy);

        UUID foreign = UUID.randomUUID();
        CustomerServiceStandIn.measurement(foreign, UUID.randomUUID(), "coat", "CM", Map.of("chest", BigDecimal.TEN),
                null, 1);
        patch(order.get("id"), Map.of("measurementId", foreign.toString(), "version", again.get("version")),
                MERGE_PATCH).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("measurementId");

        Map<String, Object> unlink = new LinkedHashMap<>();
        unlink.put("measurementId", null);
        unlink.put("version", again.get("version"));
        patch(order.get("id"), unlink, MERGE_PATCH).expectStatus().isOk()
                .expectBody().jsonPath("$.measurement").doesNotExist().jsonPath("$.measurementId").doesNotExist();
    }

    @Test
    void linking_a_measurement_set_while_customer_service_is_down_is_503_and_changes_nothing() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        Map<String, Object> json = termsOf(order);
        json.put("measurementId", UUID.randomUUID().toString());
        json.put("notes", "changed while down");
        CustomerServiceStandIn.stop();
        try {
            put(order.get("id"), json, leadToken()).expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.service").isEqualTo("customer-service");
        } finally {
            CustomerServiceStandIn.start();
        }
        assertThat(read(order.get("id"))).isEqualTo(order);
    }

    @Test
    void a_pending_order_is_deleted_with_its_items_and_timeline() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        http.delete().uri("/api/orders/{id}?version=0", order.get("id")).headers(h -> h.setBearerAuth(leadToken()))
                .exchange().expectStatus().isNoContent();
        http.get().uri("/api/orders/{id}", order.get("id")).headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isNotFound();
        long items = database.sql("SELECT count(*) AS n FROM order_item WHERE order_id = :id")
                .bind("id", UUID.fromString((String) order.get("id"))).map(row -> row.get("n", Long.class)).one()
                .block();
        assertThat(items).isZero();
    }

    @Test
    void an_order_under_way_is_not_deleted_but_cancelled_and_a_stale_delete_is_409() {
        Map<?, ?> order = customWorkOrder();
        http.delete().uri("/api/orders/{id}?version=5", order.get("id")).headers(h -> h.setBearerAuth(leadToken()))
                .exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.currentVersion").isEqualTo(0);
        moveTo(order.get("id"), "IN_PROGRESS");
        http.delete().uri("/api/orders/{id}", order.get("id")).headers(h -> h.setBearerAuth(leadToken()))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("cancel"));
        assertThat(read(order.get("id")).get("status")).isEqualTo("IN_PROGRESS");
    }
}
