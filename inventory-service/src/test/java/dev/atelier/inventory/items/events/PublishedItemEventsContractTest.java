package dev.atelier.inventory.items.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.inventory.InventoryIntegrationTest;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.test.EventContract;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.platform.test.TopicReader;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What inventory-service really published when an item was edited and deleted, read back from the broker as
 * another shop system would: {@code stock.item-changed} records that fit the contract in {@code docs/events}
 * (published and closed schemas), with the item's new fields and version, no price, and nothing for an edit
 * or deletion that was refused.
 */
class PublishedItemEventsContractTest extends InventoryIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper TREES =
            JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Test
    void edits_and_the_deletion_of_an_item_are_published_as_stock_item_changed_and_fit_the_schemas() {
        String sku = "EVT-" + unique();
        Map<String, Object> json = itemJson(sku, 10);
        UUID id = createItem(json);

        Map<String, Object> replacement = new LinkedHashMap<>(json);
        replacement.remove("quantity");
        replacement.put("name", "Renamed " + sku);
        replacement.put("version", 0);
        send("PUT", id, replacement, 200);
        send("PUT", id, replacement, 409); // stale version: refused, nothing published
        send("PATCH", id, Map.of("category", "lining", "lowStockThreshold", 2.5, "version", 1), 200);
        database.sql("UPDATE inventory_item SET reserved = 1 WHERE id = :id").bind("id", id).then().block();
        send("DELETE", id, null, 409); // stock reserved: refused, nothing published
        database.sql("UPDATE inventory_item SET reserved = 0 WHERE id = :id").bind("id", id).then().block();
        send("DELETE", id, null, 204);

        List<ConsumerRecord<String, byte[]>> records = untilDeleted(id);

        assertThat(records).extracting(r -> header(r, "ce_type"))
                .containsExactly("stock.changed", "stock.item-changed", "stock.item-changed", "stock.item-changed");
        for (EventContract contract : List.of(EventContract.published(), EventContract.closed())) {
            records.forEach(contract::assertFits);
        }
        List<JsonNode> changes = records.subList(1, 4).stream().map(r -> TREES.readTree(r.value())).toList();
        assertThat(changes).allSatisfy(value -> {
            assertThat(value.get("source").asString()).isEqualTo("/inventory-service");
            assertThat(value.get("subject").asString()).isEqualTo(id.toString());
            JsonNode data = value.get("data");
            assertThat(data.get("inventoryItemId").asString()).isEqualTo(id.toString());
            assertThat(data.get("sku").asString()).isEqualTo(sku);
            assertThat(data.get("unit").asString()).isEqualTo("METRE");
            assertThat(data.has("price")).as("no price in %s", data).isFalse();
            assertThat(value.toString()).doesNotContain("12.5");
        });
        JsonNode put = changes.get(0).get("data");
        assertThat(put.get("change").asString()).isEqualTo("UPDATED");
        assertThat(put.get("name").asString()).isEqualTo("Renamed " + sku);
        assertThat(put.get("category").asString()).isEqualTo("fabric");
        assertThat(put.get("lowStockThreshold").decimalValue()).isEqualByComparingTo("5");
        assertThat(put.get("version").asLong()).isEqualTo(1);
        JsonNode patch = changes.get(1).get("data");
        assertThat(patch.get("change").asString()).isEqualTo("UPDATED");
        assertThat(patch.get("name").asString()).isEqualTo("Renamed " + sku);
        assertThat(patch.get("category").asString()).isEqualTo("lining");
        assertThat(patch.get("lowStockThreshold").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(patch.get("version").asLong()).isEqualTo(2);
        JsonNode deleted = changes.get(2).get("data");
        assertThat(deleted.get("change").asString()).isEqualTo("DELETED");
        assertThat(deleted.get("name").asString()).isEqualTo("Renamed " + sku);
        assertThat(deleted.get("category").asString()).isEqualTo("lining");
        assertThat(deleted.get("version").asLong()).isEqualTo(3);
    }

    private void send(String method, UUID id, Object body, int status) {
        var request = web.method(org.springframework.http.HttpMethod.valueOf(method)).uri("/api/inventory/{id}", id)
                .headers(h -> h.setBearerAuth(lead()));
        (body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body))
                .exchange().expectStatus().isEqualTo(status);
    }

    /** The item's records on the stock topic, from its beginning, up to and including its DELETED event. */
    private static List<ConsumerRecord<String, byte[]>> untilDeleted(UUID id) {
        return TopicReader.upTo(TestInfrastructure.kafka().bootstrapServers(), Topics.STOCK_EVENTS, id.toString(),
                record -> deleted(record), WAIT);
    }

    private static boolean deleted(ConsumerRecord<String, byte[]> record) {
        return "stock.item-changed".equals(header(record, "ce_type"))
                && "DELETED".equals(TREES.readTree(record.value()).get("data").get("change").asString());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return TopicReader.header(record, name);
    }
}
