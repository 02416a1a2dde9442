package dev.atelier.order.orders.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.order.OrderApiTest;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.test.EventContract;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.platform.test.TopicReader;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What order-service really published, read back from the broker as another shop system would,
 * fits the contract in {@code docs/events}: the envelope, the data schema of its type and the
 * Kafka headers schema, both as published and closed (so a field the schemas do not name fails).
 */
class PublishedOrderEventsContractTest extends OrderApiTest {

    @Test
    void order_created_status_changed_cancelled_and_payment_recorded_as_published_fit_the_schemas() {
        UUID stockOrder = createOrder(UUID.randomUUID());
        Map<String, Object> customWork = orderJson(UUID.randomUUID());
        customWork.put("items", List.of(Map.of("description", "Hand-beaded bodice", "quantity", 1.5)));
        String customOrder = (String) create(customWork).get("id");
        for (String status : List.of("IN_PROGRESS", "CANCELLED")) {
            http.patch().uri("/api/orders/{id}/status", customOrder).headers(h -> h.setBearerAuth(leadToken()))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", status, "note", "contract"))
                    .exchange().expectStatus().isOk();
        }

        http.post().uri("/api/orders/{id}/payments", stockOrder).headers(h -> h.setBearerAuth(leadToken()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kind", "PAYMENT",
                        "amount", Map.of("amount", 10, "currency", "EUR"), "method", "CASH"))
                .exchange().expectStatus().isCreated();

        List<ConsumerRecord<String, byte[]>> records = TopicReader.withKeys(
                TestInfrastructure.kafka().bootstrapServers(), Topics.ORDER_EVENTS,
                Set.of(stockOrder.toString(), customOrder), 5, Duration.ofSeconds(60));

        assertThat(records).extracting(r -> header(r, "ce_type")).containsExactlyInAnyOrder(
                "order.created", "order.created", "order.status-changed", "order.cancelled", "order.payment-recorded");
        for (EventContract contract : List.of(EventContract.published(), EventContract.closed())) {
            records.forEach(contract::assertFits);
        }
        JsonNode payment = records.stream().filter(r -> "order.payment-recorded".equals(header(r, "ce_type")))
                .map(r -> JsonMapper.builder().build().readTree(r.value()).get("data")).findFirst().orElseThrow();
        assertThat(payment.get("orderId").asString()).isEqualTo(stockOrder.toString());
        assertThat(payment.get("kind").asString()).isEqualTo("PAYMENT");
        assertThat(payment.get("amount").decimalValue()).isEqualByComparingTo("10");
        assertThat(payment.get("paymentStatus").asString()).isEqualTo("PARTIALLY_PAID");
        assertThat(payment.get("balanceDue").decimalValue()).isEqualByComparingTo("440");
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
