package dev.atelier.order.orders.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.order.OrderApiTest;
import dev.atelier.order.TopicRecords;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.test.EventContract;
import dev.atelier.platform.test.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * What order-service really published, read back from the broker as another shop system would,
 * fits the contract in {@code docs/events}: the envelope, the data schema of its type and the
 * Kafka headers schema, both as published and closed (so a field the schemas do not name fails).
 */
class PublishedOrderEventsContractTest extends OrderApiTest {

    @Test
    void order_created_status_changed_and_cancelled_as_published_fit_the_schemas() {
        UUID stockOrder = createOrder(UUID.randomUUID());
        Map<String, Object> customWork = orderJson(UUID.randomUUID());
        customWork.put("items", List.of(Map.of("description", "Hand-beaded bodice", "quantity", 1.5)));
        String customOrder = (String) create(customWork).get("id");
        for (String status : List.of("IN_PROGRESS", "CANCELLED")) {
            http.patch().uri("/api/orders/{id}/status", customOrder).headers(h -> h.setBearerAuth(leadToken()))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", status, "note", "contract"))
                    .exchange().expectStatus().isOk();
        }

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.withKeys(
                TestInfrastructure.kafka().bootstrapServers(), Topics.ORDER_EVENTS,
                Set.of(stockOrder.toString(), customOrder), 4, Duration.ofSeconds(60));

        assertThat(records).extracting(r -> header(r, "ce_type")).containsExactlyInAnyOrder(
                "order.created", "order.created", "order.status-changed", "order.cancelled");
        for (EventContract contract : List.of(EventContract.published(), EventContract.closed())) {
            records.forEach(contract::assertFits);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
