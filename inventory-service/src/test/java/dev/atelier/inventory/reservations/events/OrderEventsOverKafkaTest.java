package dev.atelier.inventory.reservations.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.atelier.inventory.InventoryIntegrationTest;
import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.EventPayload;
import dev.atelier.platform.event.OrderCancelled;
import dev.atelier.platform.event.OrderCreated;
import dev.atelier.platform.event.OrderItemsChanged;
import dev.atelier.platform.event.StockTrackedItem;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.test.EventContract;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.platform.test.TopicReader;
import dev.atelier.platform.test.TopicWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Real order events in on {@code atelier.order-events}, real stock events out on {@code atelier.stock-events}. */
class OrderEventsOverKafkaTest extends InventoryIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    CloudEventsJson json;



    @Test
    void an_order_created_event_reserves_stock_and_answers_reserved_with_stock_changed_for_the_item() {
        UUID silk = createItem(40);
        UUID order = UUID.randomUUID();

        publish(new OrderCreated(order, UUID.randomUUID(), 1, List.of(line(silk, "2.50")), "PENDING", Instant.now()));

        ConsumerRecord<String, byte[]> answer = single(order, "stock.reservation-updated");
        assertThat(data(answer, "$.status")).isEqualTo("RESERVED");
        assertThat(data(answer, "$.itemListVersion")).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> changed = read(Topics.STOCK_EVENTS, silk.toString(),
                seen -> seen.stream().anyMatch(r -> "RESERVED".equals(data(r, "$.reason"))));
        assertThat(changed).filteredOn(r -> "RESERVED".equals(data(r, "$.reason"))).singleElement().satisfies(r -> {
            assertThat(header(r, "ce_type")).isEqualTo("stock.changed");
            assertThat(data(r, "$.orderId")).isEqualTo(order.toString());
            assertThat(data(r, "$.reservedAfter")).isEqualTo(2.5);
            assertThat(data(r, "$.available")).isEqualTo(37.5);
        });
        assertThat(getItem(silk).get("reserved")).isEqualTo(2.5);
    }

    @Test
    void a_redelivered_event_changes_nothing_and_a_newer_item_list_moves_the_reservation() {
        UUID silk = createItem(40);
        UUID order = UUID.randomUUID();
        EventEnvelope<OrderCreated> created = EventEnvelope.of("/order-service",
                new OrderCreated(order, UUID.randomUUID(), 1, List.of(line(silk, "3")), "PENDING", Instant.now()));

        publish(created);
        publish(created);
        publish(new OrderItemsChanged(order, UUID.randomUUID(), 2, List.of(line(silk, "5")), "PENDING", Instant.now()));

        read(Topics.STOCK_EVENTS, order.toString(), seen -> seen.stream()
                .anyMatch(r -> Integer.valueOf(2).equals(data(r, "$.itemListVersion"))));
        assertThat(getItem(silk).get("reserved")).isEqualTo(5);
        web.get().uri("/api/inventory/{id}/changes", silk).headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.page.totalElements").isEqualTo(3);
    }

    @Test
    void a_short_order_reserves_nothing_and_cancelling_releases_what_is_held() {
        UUID lace = createItem(2);
        UUID short_ = UUID.randomUUID();
        UUID order = UUID.randomUUID();

        publish(new OrderCreated(short_, UUID.randomUUID(), 1, List.of(line(lace, "3")), "PENDING", Instant.now()));
        ConsumerRecord<String, byte[]> shortAnswer = single(short_, "stock.reservation-updated");
        assertThat(data(shortAnswer, "$.status")).isEqualTo("SHORT");
        assertThat(data(shortAnswer, "$.shortages")).isEqualTo(
                List.of(Map.of("itemId", lace.toString(), "requested", 3, "available", 2)));

        publish(new OrderCreated(order, UUID.randomUUID(), 1, List.of(line(lace, "2")), "PENDING", Instant.now()));
        publish(new OrderCancelled(order, UUID.randomUUID(), 1, List.of(line(lace, "2")), "PENDING", Instant.now()));
        read(Topics.STOCK_EVENTS, order.toString(), seen -> seen.stream().anyMatch(r -> "RELEASED".equals(data(r, "$.status"))));
        assertThat(getItem(lace).get("reserved")).isEqualTo(0);
    }

    @Test
    void a_poison_record_goes_to_the_dead_letter_topic_and_the_next_event_is_still_applied() {
        UUID silk = createItem(10);
        String poisonKey = UUID.randomUUID().toString();
        TopicWriter.write(Topics.ORDER_EVENTS, poisonKey, "{not an event".getBytes(StandardCharsets.UTF_8));
        UUID order = UUID.randomUUID();
        publish(new OrderCreated(order, UUID.randomUUID(), 1, List.of(line(silk, "1")), "PENDING", Instant.now()));

        read(Topics.deadLetterTopicOf(Topics.ORDER_EVENTS), poisonKey, seen -> !seen.isEmpty());
        assertThat(data(single(order, "stock.reservation-updated"), "$.status")).isEqualTo("RESERVED");
    }

    @Test
    void the_stock_events_inventory_really_publishes_fit_the_published_contract() {
        UUID silk = createItem(10);
        UUID reserved = UUID.randomUUID();
        UUID tooMuch = UUID.randomUUID();
        publish(new OrderCreated(reserved, UUID.randomUUID(), 1, List.of(line(silk, "4")), "PENDING", Instant.now()));
        publish(new OrderCreated(tooMuch, UUID.randomUUID(), 1, List.of(line(silk, "40")), "PENDING", Instant.now()));
        ConsumerRecord<String, byte[]> reservedAnswer = single(reserved, "stock.reservation-updated");
        ConsumerRecord<String, byte[]> shortAnswer = single(tooMuch, "stock.reservation-updated");
        publish(new OrderCancelled(reserved, UUID.randomUUID(), 1, List.of(line(silk, "4")), "PENDING", Instant.now()));
        List<ConsumerRecord<String, byte[]>> released = read(Topics.STOCK_EVENTS, reserved.toString(),
                seen -> seen.stream().anyMatch(r -> "RELEASED".equals(data(r, "$.status"))));
        List<ConsumerRecord<String, byte[]>> changes = read(Topics.STOCK_EVENTS, silk.toString(),
                seen -> seen.stream().anyMatch(r -> "RELEASED".equals(data(r, "$.reason"))));

        assertThat(data(reservedAnswer, "$.status")).isEqualTo("RESERVED");
        assertThat(data(shortAnswer, "$.status")).isEqualTo("SHORT");
        List<ConsumerRecord<String, byte[]>> published = new ArrayList<>(List.of(reservedAnswer, shortAnswer));
        published.addAll(released);
        published.addAll(changes);
        for (EventContract contract : List.of(EventContract.published(), EventContract.closed())) {
            published.forEach(contract::assertFits);
        }
    }

    private static StockTrackedItem line(UUID item, String quantity) {
        return new StockTrackedItem(item, new BigDecimal(quantity));
    }

    private void publish(EventPayload payload) {
        publish(EventEnvelope.of("/order-service", payload));
    }

    private void publish(EventEnvelope<?> envelope) {
        TopicWriter.write(Topics.ORDER_EVENTS, envelope.subject(), json.structured(envelope),
                CloudEventsJson.headers(envelope.attributes()));
    }

    private static ConsumerRecord<String, byte[]> single(UUID key, String type) {
        List<ConsumerRecord<String, byte[]>> records = read(Topics.STOCK_EVENTS, key.toString(),
                seen -> seen.stream().anyMatch(r -> type.equals(header(r, "ce_type"))));
        return records.stream().filter(r -> type.equals(header(r, "ce_type"))).findFirst().orElseThrow();
    }

    /** Reads {@code topic} from the start until the records with {@code key} satisfy {@code done}. */
    private static List<ConsumerRecord<String, byte[]>> read(String topic, String key,
            Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        return TopicReader.readUntil(TestInfrastructure.kafka().bootstrapServers(), topic, Set.of(key), done, WAIT);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return TopicReader.header(record, name);
    }

    /** A value inside the event's {@code data}. */
    private static Object data(ConsumerRecord<String, byte[]> record, String path) {
        return JsonPath.read(text(record), "$.data" + path.substring(1));
    }

    private static String text(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
