package dev.atelier.inventory.items.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.inventory.InventoryIntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

class InventoryItemApiTest extends InventoryIntegrationTest {

    @Test
    void lead_creates_an_item_with_decimal_quantity_and_price_and_reads_it_back() {
        String sku = "FAB-" + unique();
        Map<String, Object> json = itemJson(sku, 40.5);
        json.put("price", Map.of("amount", 12.5, "currency", "eur"));

        var result = web.post().uri("/api/inventory")
                .headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/inventory/[0-9a-f-]{36}")
                .expectBody()
                .jsonPath("$.sku").isEqualTo(sku)
                .jsonPath("$.quantity").isEqualTo(40.5)
                .jsonPath("$.reserved").isEqualTo(0)
                .jsonPath("$.available").isEqualTo(40.5)
                .jsonPath("$.unit").isEqualTo("METRE")
                .jsonPath("$.price.amount").isEqualTo(12.5)
                .jsonPath("$.price.currency").isEqualTo("EUR")
                .jsonPath("$.lowStockThreshold").isEqualTo(5)
                .jsonPath("$.lowStock").isEqualTo(false)
                .jsonPath("$.version").isEqualTo(0)
                .jsonPath("$.createdBy").isEqualTo("lead")
                .jsonPath("$.updatedBy").isEqualTo("lead")
                .returnResult();
        String body = new String(result.getResponseBodyContent());
        assertThat(body).contains("\"amount\":12.50");
        String location = result.getResponseHeaders().getLocation().toString();

        web.get().uri(location).headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.sku").isEqualTo(sku).jsonPath("$.quantity").isEqualTo(40.5);
    }

    @Test
    void creating_an_item_logs_its_opening_quantity_as_CREATED() {
        UUID id = createItem(7.25);

        web.get().uri("/api/inventory/{id}/changes", id).headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(1)
                .jsonPath("$.content[0].reason").isEqualTo("CREATED")
                .jsonPath("$.content[0].quantityBefore").isEqualTo(0)
                .jsonPath("$.content[0].quantityAfter").isEqualTo(7.25)
                .jsonPath("$.content[0].delta").isEqualTo(7.25)
                .jsonPath("$.content[0].by").isEqualTo("lead");
    }

    @Test
    void duplicate_sku_is_a_409_naming_the_field_and_stores_nothing() {
        String sku = "DUP-" + unique();
        createItem(itemJson(sku, 1));
        Map<String, Object> again = itemJson(sku.toLowerCase(), 1);
        again.put("name", "Another name " + unique());

        post(again).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/conflict")
                .jsonPath("$.field").isEqualTo("sku");
        assertThat(countItemsWithSku(sku)).isEqualTo(1);
    }

    @Test
    void duplicate_name_in_the_same_category_is_a_409() {
        Map<String, Object> first = itemJson("N1-" + unique(), 1);
        createItem(first);
        Map<String, Object> second = itemJson("N2-" + unique(), 1);
        second.put("name", first.get("name"));

        post(second).expectStatus().isEqualTo(409).expectBody().jsonPath("$.field").isEqualTo("name");
    }

    @Test
    void price_with_more_decimals_than_the_currency_allows_is_refused() {
        Map<String, Object> eur = itemJson("P-" + unique(), 1);
        eur.put("price", Map.of("amount", 12.505, "currency", "EUR"));
        post(eur).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/validation")
                .jsonPath("$.errors[0].field").isEqualTo("price.amount");

        Map<String, Object> yen = itemJson("P-" + unique(), 1);
        yen.put("price", Map.of("amount", 1500.5, "currency", "JPY"));
        post(yen).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("price.amount");

        Map<String, Object> dinar = itemJson("P-" + unique(), 1);
        dinar.put("price", Map.of("amount", 1.125, "currency", "KWD"));
        post(dinar).expectStatus().isCreated().expectBody().jsonPath("$.price.amount").isEqualTo(1.125);
    }

    @Test
    void unknown_currency_code_is_refused() {
        Map<String, Object> json = itemJson("C-" + unique(), 1);
        json.put("price", Map.of("amount", 10, "currency", "ZZZ"));
        post(json).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("price.currency");
    }

    @Test
    void negative_or_over_precise_quantities_and_missing_fields_are_refused() {
        Map<String, Object> negative = itemJson("Q-" + unique(), -1);
        post(negative).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("quantity");

        Map<String, Object> precise = itemJson("Q-" + unique(), 1.0005);
        post(precise).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("quantity");

        Map<String, Object> missing = itemJson("Q-" + unique(), 1);
        missing.remove("name");
        missing.remove("unit");
        post(missing).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'name')]").exists()
                .jsonPath("$.errors[?(@.field == 'unit')]").exists();

        Map<String, Object> badUnit = itemJson("Q-" + unique(), 1);
        badUnit.put("unit", "BUCKET");
        post(badUnit).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/malformed-request");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        web.post().uri("/api/inventory").headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"sku\": \"X\", ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/malformed-request");
    }

    @Test
    void unknown_and_malformed_ids_are_404_and_400() {
        web.get().uri("/api/inventory/{id}", UUID.randomUUID()).headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/not-found");
        web.get().uri("/api/inventory/not-a-uuid").headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isBadRequest();
        web.delete().uri("/api/inventory/{id}", UUID.randomUUID()).headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isNotFound();
        web.put().uri("/api/inventory/{id}", UUID.randomUUID()).headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(replaceJson(itemJson("U-" + unique(), 1), 0))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void put_replaces_details_bumps_the_version_and_refuses_a_stale_version() {
        Map<String, Object> json = itemJson("PUT-" + unique(), 10);
        UUID id = createItem(json);
        Map<String, Object> replacement = replaceJson(json, 0);
        replacement.put("name", "Renamed " + unique());
        replacement.put("price", Map.of("amount", 99, "currency", "GBP"));
        replacement.put("quantity", 10);

        put(id, replacement).expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo(replacement.get("name"))
                .jsonPath("$.price.currency").isEqualTo("GBP")
                .jsonPath("$.quantity").isEqualTo(10)
                .jsonPath("$.version").isEqualTo(1);

        put(id, replacement).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/conflict");
    }

    @Test
    void put_or_patch_cannot_change_the_quantity_and_points_to_adjustments() {
        Map<String, Object> json = itemJson("QTY-" + unique(), 10);
        UUID id = createItem(json);
        Map<String, Object> replacement = replaceJson(json, 0);
        replacement.put("quantity", 11);

        put(id, replacement).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("quantity")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("/adjustments"));
        patch(id, Map.of("quantity", 3, "version", 0)).expectStatus().isBadRequest();

        assertThat(getItem(id).get("quantity")).isEqualTo(10);
        assertThat(getItem(id).get("version")).isEqualTo(0);
    }

    @Test
    void patch_changes_only_the_fields_sent() {
        Map<String, Object> json = itemJson("PATCH-" + unique(), 3);
        UUID id = createItem(json);

        patch(id, Map.of("lowStockThreshold", 3.5, "version", 0)).expectStatus().isOk().expectBody()
                .jsonPath("$.lowStockThreshold").isEqualTo(3.5)
                .jsonPath("$.lowStock").isEqualTo(true)
                .jsonPath("$.name").isEqualTo(json.get("name"))
                .jsonPath("$.price.amount").isEqualTo(12.5)
                .jsonPath("$.version").isEqualTo(1);

        patch(id, Map.of("name", "   ", "version", 1)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
        patch(id, Map.of("price", Map.of("amount", 1.001, "currency", "USD"), "version", 1)).expectStatus().isBadRequest();
        patch(id, Map.of("name", "x")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("version");
        patch(id, Map.of("name", "Other " + unique(), "version", 0)).expectStatus().isEqualTo(409);
    }

    @Test
    void delete_removes_the_item_but_keeps_its_change_log() {
        UUID id = createItem(2);

        web.delete().uri("/api/inventory/{id}", id).headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isNoContent();
        web.get().uri("/api/inventory/{id}", id).headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/inventory-changes?itemId={id}", id).headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.page.totalElements").isEqualTo(1);
    }

    @Test
    void delete_is_refused_while_stock_is_reserved() {
        UUID id = createItem(5);
        database.sql("UPDATE inventory_item SET reserved = 2 WHERE id = :id").bind("id", id).then().block();

        web.delete().uri("/api/inventory/{id}", id).headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.reserved").isEqualTo(2);
        getItem(id);
    }

    private ResponseSpec post(Map<String, Object> json) {
        return web.post().uri("/api/inventory").headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private ResponseSpec put(UUID id, Map<String, Object> json) {
        return web.put().uri("/api/inventory/{id}", id).headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private ResponseSpec patch(UUID id, Map<String, ?> json) {
        return web.patch().uri("/api/inventory/{id}", id).headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    static Map<String, Object> replaceJson(Map<String, Object> created, long version) {
        Map<String, Object> json = new LinkedHashMap<>(created);
        json.remove("quantity");
        json.put("version", version);
        return json;
    }

    private long countItemsWithSku(String sku) {
        return database.sql("SELECT count(*) AS n FROM inventory_item WHERE lower(sku) = lower(:sku)").bind("sku", sku)
                .map(row -> row.get("n", Long.class)).one().block();
    }
}
