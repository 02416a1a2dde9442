package dev.atelier.inventory.changes.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.inventory.InventoryIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

class StockChangeApiTest extends InventoryIntegrationTest {

    @Test
    void restock_adds_to_on_hand_and_writes_one_change_row() {
        UUID id = createItem(10);

        var result = adjust(id, 2.5, "RESTOCKED").expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/inventory-changes/[0-9a-f-]{36}")
                .expectBody()
                .jsonPath("$.itemId").isEqualTo(id.toString())
                .jsonPath("$.reason").isEqualTo("RESTOCKED")
                .jsonPath("$.quantityBefore").isEqualTo(10)
                .jsonPath("$.quantityAfter").isEqualTo(12.5)
                .jsonPath("$.delta").isEqualTo(2.5)
                .jsonPath("$.reservedBefore").isEqualTo(0)
                .jsonPath("$.reservedAfter").isEqualTo(0)
                .jsonPath("$.note").isEqualTo("test")
                .jsonPath("$.by").isEqualTo("lead")
                .jsonPath("$.orderId").isEmpty()
                .returnResult();

        assertThat(getItem(id).get("quantity")).isEqualTo(12.5);
        assertThat(getItem(id).get("version")).as("stock moves do not bump the version").isEqualTo(0);
        web.get().uri(result.getResponseHeaders().getLocation().toString()).headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.delta").isEqualTo(2.5);
        web.get().uri("/api/inventory/{id}/changes", id).headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(2)
                .jsonPath("$.content[0].reason").isEqualTo("RESTOCKED")
                .jsonPath("$.content[1].reason").isEqualTo("CREATED");
    }

    @Test
    void every_quantity_change_appends_a_stock_changed_event_to_the_outbox() {
        UUID id = createItem(8);
        adjust(id, -4.5, "ADJUSTED").expectStatus().isCreated();

        List<Map<String, Object>> events = database.sql("SELECT type, data::text AS data FROM atelier_platform.outbox_event"
                + " WHERE subject = :subject ORDER BY id").bind("subject", id.toString())
                .fetch().all().collectList().block();
        assertThat(events).extracting(e -> e.get("type")).containsExactly("stock.changed", "stock.changed");
        // The threshold is 5: 8 on hand is fine, 3.5 is low stock.
        assertThat((String) events.get(0).get("data")).contains("\"lowStock\": false");
        assertThat((String) events.get(1).get("data")).contains("\"reason\": \"ADJUSTED\"")
                .contains("\"quantityAfter\": 3.500").contains("\"available\": 3.500").contains("\"lowStock\": true");
    }

    @Test
    void a_correction_may_lower_stock_but_never_below_what_is_reserved() {
        UUID id = createItem(5);
        database.sql("UPDATE inventory_item SET reserved = 3 WHERE id = :id").bind("id", id).then().block();

        adjust(id, -2, "ADJUSTED").expectStatus().isCreated().expectBody().jsonPath("$.quantityAfter").isEqualTo(3);
        adjust(id, -0.001, "ADJUSTED").expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/conflict")
                .jsonPath("$.available").isEqualTo(0)
                .jsonPath("$.reserved").isEqualTo(3);
        assertThat(changeCount(id)).isEqualTo(2);
    }

    @Test
    void zero_negative_restocks_service_reasons_and_bad_deltas_are_400_and_write_nothing() {
        UUID id = createItem(5);

        adjust(id, 0, "ADJUSTED").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("delta");
        adjust(id, -3, "RESTOCKED").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("delta");
        adjust(id, 1.0001, "RESTOCKED").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("delta");
        adjust(id, 1, "RESERVED").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        adjust(id, 1, "STOLEN").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/malformed-request");
        web.post().uri("/api/inventory/{id}/adjustments", id).headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"delta\": }").exchange()
                .expectStatus().isBadRequest();
        web.post().uri("/api/inventory/{id}/adjustments", id).headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "RESTOCKED")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("delta");

        adjust(UUID.randomUUID(), 1, "RESTOCKED").expectStatus().isNotFound();
        assertThat(changeCount(id)).isEqualTo(1);
        assertThat(getItem(id).get("quantity")).isEqualTo(5);
    }

    @Test
    void the_global_log_filters_by_item_reason_order_and_time() {
        Instant before = Instant.now();
        UUID id = createItem(1);
        adjust(id, 4, "RESTOCKED").expectStatus().isCreated();
        adjust(id, -1, "ADJUSTED").expectStatus().isCreated();
        UUID orderId = UUID.randomUUID();
        database.sql("INSERT INTO stock_change (id, item_id, reason, quantity_before, quantity_after, reserved_before,"
                + " reserved_after, order_id, at, changed_by) VALUES (:id, :item, 'RESERVED', 4, 4, 0, 0, :order, now(), 'x')")
                .bind("id", UUID.randomUUID()).bind("item", UUID.randomUUID()).bind("order", orderId).then().block();

        total("itemId=" + id, 3);
        total("itemId=" + id + "&reason=RESTOCKED", 1);
        total("itemId=" + id + "&from=" + before, 3);
        total("itemId=" + id + "&to=" + before, 0);
        total("orderId=" + orderId, 1);
        web.get().uri("/api/inventory-changes?itemId={id}&sort=at,asc&size=1", id).headers(h -> h.setBearerAuth(lead()))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.content[0].reason").isEqualTo("CREATED")
                .jsonPath("$.page.totalPages").isEqualTo(3);

        web.get().uri("/api/inventory-changes?reason=LOST").headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isBadRequest();
        web.get().uri("/api/inventory-changes?from=yesterday").headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isBadRequest();
        web.get().uri("/api/inventory-changes?from={a}&to={a}", before, before).headers(h -> h.setBearerAuth(lead()))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
        web.get().uri("/api/inventory/{id}/changes", UUID.randomUUID()).headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/inventory-changes/{id}", UUID.randomUUID()).headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void the_change_log_is_append_only_even_for_the_database_user() {
        UUID id = createItem(1);
        assertThatThrownBy(() -> database.sql("DELETE FROM stock_change WHERE item_id = :id").bind("id", id).then().block())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.sql("UPDATE stock_change SET note = 'edited' WHERE item_id = :id").bind("id", id)
                .then().block()).hasMessageContaining("append-only");
        assertThat(changeCount(id)).isEqualTo(1);
        web.method(HttpMethod.DELETE).uri("/api/inventory-changes").headers(h -> h.setBearerAuth(lead()))
                .exchange().expectStatus().isEqualTo(405);
    }

    /** Issue 16: two restocks of 6*10^10 overflowed numeric(14, 3) (500); now the second is a 409 and writes nothing. */
    @Test
    void adjustments_that_would_take_stock_to_10_to_the_11_are_409() {
        UUID id = createItem(0);
        adjust(id, 60_000_000_000L, "RESTOCKED").expectStatus().isCreated();
        adjust(id, 60_000_000_000L, "RESTOCKED").expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/conflict")
                .jsonPath("$.quantity").isEqualTo(60_000_000_000L);
        assertThat(changeCount(id)).isEqualTo(2);
    }

    /** Issue 16: {@code from=+300000-01-01T00:00:00Z} was a 500. */
    @Test
    void far_times_in_the_log_filters_are_400_naming_the_parameter() {
        for (String parameter : List.of("from", "to")) {
            web.get().uri(uri -> uri.path("/api/inventory-changes").queryParam(parameter, "{v}")
                            .build("+300000-01-01T00:00:00Z"))
                    .headers(h -> h.setBearerAuth(junior())).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo(parameter);
        }
    }

    private void total(String query, int expected) {
        web.get().uri("/api/inventory-changes?" + query).headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.page.totalElements").isEqualTo(expected);
    }

    private long changeCount(UUID itemId) {
        return database.sql("SELECT count(*) AS n FROM stock_change WHERE item_id = :id").bind("id", itemId)
                .map(row -> row.get("n", Long.class)).one().block();
    }

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
