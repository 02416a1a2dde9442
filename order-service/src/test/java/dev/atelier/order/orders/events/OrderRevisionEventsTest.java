package dev.atelier.order.orders.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.atelier.order.OrderApiTest;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.platform.test.TopicReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Item changes reach inventory as {@code order.items-changed} (the whole stock-tracked list and its
 * version) and a deleted order as {@code order.cancelled}, read back from the real broker.
 */
class OrderRevisionEventsTest extends OrderApiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void every_item_change_publishes_the_whole_stock_tracked_list_with_the_new_version() {
        UUID silk = UUID.randomUUID();
        UUID lace = UUID.randomUUID();
        Map<String, Object> json = orderJson(UUID.randomUUID());
        json.put("items", List.of(Map.of("inventoryItemId", silk.toString(), "size", "UK 12", "quantity", 2),
                Map.of("description", "Hand-beaded bodice", "quantity", 1)));
        Map<?, ?> order = create(json);
        String orderId = (String) order.get("id");
        String silkItem = (String) ((Map<?, ?>) ((List<?>) order.get("items")).get(0)).get("id");

        lead("POST", "/api/orders/" + orderId + "/items", Map.of("inventoryItemId", lace.toString(), "quantity", 1.5))
                .expectStatus().isCreated();
        lead("PATCH", "/api/order-items/" + silkItem, Map.of("quantity", 3, "orderVersion", 1)).expectStatus().isOk();
        lead("DELETE", "/api/order-items/" + silkItem, null).expectStatus().isNoContent();

        List<String> events = eventsFor(orderId, 4);
        assertThat(events.stream().map(e -> (String) JsonPath.read(e, "$.type")).toList())
                .containsExactly("order.created", "order.items-changed", "order.items-changed", "order.items-changed");
        assertThat(versionOf(events.get(1))).isEqualTo(2);
        assertThat(stock(events.get(1))).containsExactly(Map.entry(silk.toString(), new BigDecimal("2")),
                Map.entry(lace.toString(), new BigDecimal("1.5")));
        assertThat(versionOf(events.get(2))).isEqualTo(3);
        assertThat(stock(events.get(2))).containsExactly(Map.entry(silk.toString(), new BigDecimal("3")),
                Map.entry(lace.toString(), new BigDecimal("1.5")));
        assertThat(versionOf(events.get(3))).isEqualTo(4);
        assertThat(stock(events.get(3))).containsExactly(Map.entry(lace.toString(), new BigDecimal("1.5")));
        assertThat((String) JsonPath.read(events.get(3), "$.data.status")).isEqualTo("PENDING");
        assertThat((String) JsonPath.read(events.get(3), "$.subject")).isEqualTo(orderId);
    }

    @Test
    void new_items_by_put_publish_items_changed_and_a_delete_order_cancelled() {
        UUID silk = UUID.randomUUID();
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        String orderId = (String) order.get("id");
        lead("PUT", "/api/orders/" + orderId, Map.of("items", List.of(Map.of("inventoryItemId", silk.toString(),
                        "quantity", 4)), "price", Map.of("amount", 100, "currency", "EUR"),
                "deliveryDate", order.get("deliveryDate"), "deliveryMethod", "PICKUP", "version", 0))
                .expectStatus().isOk();
        lead("PATCH", "/api/orders/" + orderId, Map.of("notes", "no item change, no stock event", "version", 1))
                .expectStatus().isOk();
        lead("DELETE", "/api/orders/" + orderId, null).expectStatus().isNoContent();

        List<String> events = eventsFor(orderId, 3);
        assertThat(events.stream().map(e -> (String) JsonPath.read(e, "$.type")).toList())
                .containsExactly("order.created", "order.items-changed", "order.cancelled");
        assertThat(versionOf(events.get(1))).isEqualTo(2);
        assertThat(stock(events.get(1))).containsExactly(Map.entry(silk.toString(), new BigDecimal("4")));
        assertThat(versionOf(events.get(2))).isEqualTo(2);
        assertThat((String) JsonPath.read(events.get(2), "$.data.from")).isEqualTo("PENDING");
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec lead(String method, String path,
            Object body) {
        var request = http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .headers(h -> h.setBearerAuth(leadToken()));
        return body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static int versionOf(String event) {
        return ((Number) JsonPath.read(event, "$.data.itemListVersion")).intValue();
    }

    private static Map<String, BigDecimal> stock(String event) {
        List<Map<String, Object>> items = JsonPath.read(event, "$.data.items");
        Map<String, BigDecimal> stock = new java.util.LinkedHashMap<>();
        items.forEach(item -> stock.put((String) item.get("inventoryItemId"),
                new BigDecimal(item.get("quantity").toString()).stripTrailingZeros()));
        return stock;
    }

    /** Reads the order events topic from the start until {@code count} events of the order arrived, then a little more. */
    private static List<String> eventsFor(String orderId, int count) {
        // the extra second: an unexpected extra event fails the test rather than hides
        List<String> found = TopicReader.readUntil(TestInfrastructure.kafka().bootstrapServers(), Topics.ORDER_EVENTS,
                        Set.of(orderId), seen -> seen.size() >= count, WAIT, Duration.ofSeconds(1))
                .stream().map(record -> new String(record.value(), StandardCharsets.UTF_8)).toList();
        assertThat(found).as("events of order " + orderId).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }
}
