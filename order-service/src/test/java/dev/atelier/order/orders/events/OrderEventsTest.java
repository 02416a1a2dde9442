package dev.atelier.order.orders.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.atelier.order.OrderApiTest;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Order changes reach {@code atelier.order-events} through the outbox, keyed by the order id. */
class OrderEventsTest extends OrderApiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void a_new_order_publishes_order_created_with_its_stock_summed_per_inventory_item() {
        UUID customer = UUID.randomUUID();
        UUID silk = UUID.randomUUID();
        UUID lace = UUID.randomUUID();
        Map<String, Object> json = orderJson(customer);
        json.put("items", List.of(
                Map.of("inventoryItemId", silk.toString(), "size", "UK 12", "quantity", 2.5),
                Map.of("description", "Hand-beaded bodice", "quantity", 1),
                Map.of("inventoryItemId", lace.toString(), "quantity", 1),
                Map.of("inventoryItemId", silk.toString(), "size", "UK 14", "quantity", 1)));
        String orderId = (String) create(json).get("id");

        ConsumerRecord<String, byte[]> record = recordsWithKey(Topics.ORDER_EVENTS, orderId, 1).get(0);
        String event = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(header(record, "ce_type")).isEqualTo("order.created");
        assertThat((String) JsonPath.read(event, "$.type")).isEqualTo("order.created");
        assertThat((String) JsonPath.read(event, "$.subject")).isEqualTo(orderId);
        assertThat((String) JsonPath.read(event, "$.data.orderId")).isEqualTo(orderId);
        assertThat((String) JsonPath.read(event, "$.data.customerId")).isEqualTo(customer.toString());
        assertThat((String) JsonPath.read(event, "$.data.status")).isEqualTo("PENDING");
        assertThat(((Number) JsonPath.read(event, "$.data.itemListVersion")).intValue()).isEqualTo(1);
        List<Map<String, Object>> items = JsonPath.read(event, "$.data.items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("inventoryItemId")).isEqualTo(silk.toString());
        assertThat(new java.math.BigDecimal(items.get(0).get("quantity").toString())).isEqualByComparingTo("3.5");
        assertThat(items.get(1).get("inventoryItemId")).isEqualTo(lace.toString());
        assertThat(new java.math.BigDecimal(items.get(1).get("quantity").toString())).isEqualByComparingTo("1");
    }

    @Test
    void status_moves_publish_order_status_changed_and_a_cancel_order_cancelled_in_order() {
        Map<String, Object> json = orderJson(UUID.randomUUID());
        json.put("items", List.of(Map.of("description", "Hand-beaded bodice", "quantity", 1)));
        String orderId = (String) create(json).get("id");
        for (String status : List.of("IN_PROGRESS", "CANCELLED")) {
            http.patch().uri("/api/orders/{id}/status", orderId).headers(h -> h.setBearerAuth(leadToken()))
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("status", status)).exchange().expectStatus().isOk();
        }

        List<ConsumerRecord<String, byte[]>> records = recordsWithKey(Topics.ORDER_EVENTS, orderId, 3);
        List<String> events = records.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
        assertThat(events.stream().map(e -> (String) JsonPath.read(e, "$.type")).toList())
                .containsExactly("order.created", "order.status-changed", "order.cancelled");
        assertThat((String) JsonPath.read(events.get(1), "$.data.from")).isEqualTo("PENDING");
        assertThat((String) JsonPath.read(events.get(1), "$.data.to")).isEqualTo("IN_PROGRESS");
        assertThat((String) JsonPath.read(events.get(2), "$.data.from")).isEqualTo("IN_PROGRESS");
        assertThat((List<?>) JsonPath.read(events.get(2), "$.data.items")).isEmpty();
    }

    /** Reads {@code topic} from the start until {@code count} records with {@code key} arrived. */
    private static List<ConsumerRecord<String, byte[]>> recordsWithKey(String topic, String key, int count) {
        return TopicReader.withKeys(TestInfrastructure.kafka().bootstrapServers(), topic, Set.of(key), count, WAIT);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return TopicReader.header(record, name);
    }
}
