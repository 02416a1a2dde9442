package dev.atelier.gateway.updates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.gateway.GatewayTest;
import dev.atelier.platform.consumer.TrustedSources;
import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.CustomerChanged;
import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.OrderPaymentRecorded;
import dev.atelier.platform.event.OrderStatusChanged;
import dev.atelier.platform.event.StockChanged;
import dev.atelier.platform.event.StockItemChanged;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.Refusals;
import dev.atelier.platform.test.TopicWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.kafka.core.ConsumerFactory;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/updates} through the gateway, fed by a real Kafka broker: role rules, bad input, filters,
 * forged events, resuming with {@code Last-Event-ID}, and a second replica resuming a client of the first.
 */
class UpdatesStreamTest extends GatewayTest {

    private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
    };
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static String junior;

    @Autowired
    private CloudEventsJson json;

    @Autowired
    private JsonMapper mapper;

    @Autowired
    private UpdateLog log;

    @Autowired
    private ConsumerFactory<?, ?> consumerFactory;

    @BeforeAll
    static void connect() {
        junior = keycloak().accessToken(KeycloakEndpoint.JUNIOR, "junior");
    }

    @Test
    void without_a_token_it_is_401() {
        http.get().uri("/api/updates").accept(MediaType.TEXT_EVENT_STREAM).exchange()
            .expectStatus().isUnauthorized()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void a_token_without_a_designer_role_is_403_whatever_it_asks() {
        Refusals.forbidden(http.get().uri("/api/updates?orderId=junk&types=junk")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + keycloak().serviceAccessToken())
            .accept(MediaType.TEXT_EVENT_STREAM).exchange());
    }

    @Test
    void bad_filters_are_400_naming_each_parameter() {
        http.get().uri("/api/updates?orderId=junk&customerId=42&types=order.created,order.exploded")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + junior)
            .accept(MediaType.TEXT_EVENT_STREAM).exchange()
            .expectStatus().isBadRequest()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.errors[?(@.field == 'orderId')].message").isEqualTo("must be a UUID")
            .jsonPath("$.errors[?(@.field == 'customerId')].message").isEqualTo("must be a UUID")
            .jsonPath("$.errors[?(@.field == 'types')].message").value(message ->
                    assertThat(message.toString()).contains("order.exploded").doesNotContain("unknown update type order.created"));
    }

    @Test
    void a_junior_hears_of_the_changes_to_the_order_they_follow_and_of_no_other() {
        UUID order = UUID.randomUUID();
        EventEnvelope<?> elsewhere = statusChanged(UUID.randomUUID(), "PENDING", "IN_PROGRESS");
        EventEnvelope<?> moved = statusChanged(order, "PENDING", "IN_PROGRESS");
        EventEnvelope<?> done = statusChanged(order, "IN_PROGRESS", "COMPLETED");

        StepVerifier.create(stream("/api/updates?orderId=" + order, junior, null))
            .assertNext(ready -> {
                assertThat(ready.event()).isEqualTo("ready");
                assertThat(ready.retry()).as("EventSource's reconnect delay").isEqualTo(Duration.ofSeconds(2));
                assertThat(tree(ready).get("resumed").asBoolean()).isFalse();
            })
            .then(() -> publish(elsewhere, moved, done))
            .assertNext(update -> assertUpdate(update, moved, "IN_PROGRESS"))
            .assertNext(update -> assertUpdate(update, done, "COMPLETED"))
            .thenCancel()
            .verify(WAIT);
    }

    @Test
    void payments_reach_leads_and_never_a_junior() {
        UUID order = UUID.randomUUID();
        EventEnvelope<?> paid = EventEnvelope.of("/order-service", new OrderPaymentRecorded(order, UUID.randomUUID(), 1,
                List.of(), UUID.randomUUID(), "PAYMENT", new java.math.BigDecimal("150.00"), "EUR", "PARTIALLY_PAID",
                new java.math.BigDecimal("300.00"), Instant.now()));
        EventEnvelope<?> moved = statusChanged(order, "PENDING", "IN_PROGRESS");

        StepVerifier.create(stream("/api/updates?orderId=" + order, junior, null))
            .assertNext(ready -> assertThat(ready.event()).isEqualTo("ready"))
            .then(() -> publish(paid, moved))
            .assertNext(update -> assertUpdate(update, moved, "IN_PROGRESS"))
            .thenCancel()
            .verify(WAIT);
        StepVerifier.create(stream("/api/updates?types=order.payment-recorded&orderId=" + order, leadToken(), null))
            .assertNext(ready -> assertThat(ready.event()).isEqualTo("ready"))
            .then(() -> publish(paid))
            .assertNext(update -> {
                assertThat(update.event()).isEqualTo("order.payment-recorded");
                assertThat(tree(update).get("data").get("balanceDue").decimalValue()).isEqualByComparingTo("300");
            })
            .thenCancel()
            .verify(WAIT);
    }

    @Test
    void a_junior_asking_for_payments_is_403_naming_the_parameter() {
        http.get().uri("/api/updates?types=order.payment-recorded")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + junior)
            .accept(MediaType.TEXT_EVENT_STREAM).exchange()
            .expectStatus().isForbidden()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().jsonPath("$.parameter").isEqualTo("types");
    }

    @Test
    void a_forged_event_is_not_passed_on() {
        UUID order = UUID.randomUUID();
        EventEnvelope<?> forged = EventEnvelope.of("/somebody-else", new OrderStatusChanged(order, UUID.randomUUID(), 1,
                List.of(), "PENDING", "CANCELLED", Instant.now()));
        EventEnvelope<?> real = statusChanged(order, "PENDING", "IN_PROGRESS");

        StepVerifier.create(stream("/api/updates?orderId=" + order, junior, null))
            .assertNext(ready -> assertThat(ready.event()).isEqualTo("ready"))
            .then(() -> publish(forged, real))
            .assertNext(update -> assertUpdate(update, real, "IN_PROGRESS"))
            .thenCancel()
            .verify(WAIT);
    }

    @Test
    void stock_changes_reach_designers_filtered_by_item_and_type() {
        UUID item = UUID.randomUUID();
        EventEnvelope<?> restocked = EventEnvelope.of("/inventory-service", new StockChanged(item, "SKU-1", "RESTOCK",
                new java.math.BigDecimal("2"), new java.math.BigDecimal("5.5"), java.math.BigDecimal.ZERO,
                java.math.BigDecimal.ZERO, new java.math.BigDecimal("5.5"), false, null, Instant.now()));

        StepVerifier.create(stream("/api/updates?types=stock.changed&inventoryItemId=" + item, junior, null))
            .assertNext(ready -> assertThat(ready.event()).isEqualTo("ready"))
            .then(() -> publish(statusChanged(UUID.randomUUID(), "PENDING", "IN_PROGRESS"), restocked))
            .assertNext(update -> {
                assertThat(update.event()).isEqualTo("stock.changed");
                JsonNode message = tree(update);
                assertThat(message.get("eventId").asString()).isEqualTo(restocked.id().toString());
                assertThat(message.get("data").get("available").decimalValue()).isEqualByComparingTo("5.5");
            })
            .thenCancel()
            .verify(WAIT);
    }

    @Test
    void item_edits_reach_a_junior_filtered_by_the_item_they_follow() {
        UUID item = UUID.randomUUID();
        EventEnvelope<?> otherItem = itemChanged(UUID.randomUUID(), StockItemChanged.UPDATED, 1);
        EventEnvelope<?> restocked = EventEnvelope.of("/inventory-service", new StockChanged(item, "SKU-1", "RESTOCK",
                new java.math.BigDecimal("2"), new java.math.BigDecimal("5.5"), java.math.BigDecimal.ZERO,
                java.math.BigDecimal.ZERO, new java.math.BigDecimal("5.5"), false, null, Instant.now()));
        EventEnvelope<?> renamed = itemChanged(item, StockItemChanged.UPDATED, 1);
        EventEnvelope<?> deleted = itemChanged(item, StockItemChanged.DELETED, 2);

        // Every type, this item only: the other item's edit is left out, this item's stock change and edits come.
        StepVerifier.create(stream("/api/updates?inventoryItemId=" + item, junior, null))
            .assertNext(ready -> assertThat(ready.event()).isEqualTo("ready"))
            .then(() -> publish(otherItem, restocked, renamed))
            .assertNext(update -> assertThat(update.event()).isEqualTo("stock.changed"))
            .assertNext(update -> assertItemChanged(update, renamed, "UPDATED", 1))
            .thenCancel()
            .verify(WAIT);
        // Only item edits of this item: its stock change is left out.
        StepVerifier.create(stream("/api/updates?types=stock.item-changed&inventoryItemId=" + item, junior, null))
            .assertNext(ready -> assertThat(ready.event()).isEqualTo("ready"))
            .then(() -> publish(itemChanged(UUID.randomUUID(), StockItemChanged.DELETED, 4), restocked, deleted))
            .assertNext(update -> assertItemChanged(update, deleted, "DELETED", 2))
            .thenCancel()
            .verify(WAIT);
    }

    @Test
    void customer_changes_reach_a_junior_filtered_by_the_customer_they_follow() {
        UUID customer = UUID.randomUUID();
        UUID measurement = UUID.randomUUID();
        EventEnvelope<?> otherCustomer = customerChanged(UUID.randomUUID(), CustomerChanged.UPDATED, 1, null);
        EventEnvelope<?> theirOrder = EventEnvelope.of("/order-service", new OrderStatusChanged(UUID.randomUUID(),
                customer, 1, List.of(), "PENDING", "IN_PROGRESS", Instant.now()));
        EventEnvelope<?> edited = customerChanged(customer, CustomerChanged.UPDATED, 1, null);
        EventEnvelope<?> measured = customerChanged(customer, CustomerChanged.MEASUREMENTS_CHANGED, 1, measurement);

        // Every type, this customer only: the other customer's edit is left out, their order and edit come
        // (in either order: they are on two topics, and a fetch may bring both).
        StepVerifier.create(stream("/api/updates?customerId=" + customer, junior, null))
            .assertNext(ready -> assertThat(ready.event()).isEqualTo("ready"))
            .then(() -> publish(otherCustomer, theirOrder, edited))
            .recordWith(ArrayList::new)
            .expectNextCount(2)
            .consumeRecordedWith(updates -> {
                assertThat(updates).extracting(ServerSentEvent::event)
                    .containsExactlyInAnyOrder("order.status-changed", "customer.changed");
                assertCustomerChanged(updates.stream().filter(update -> "customer.changed".equals(update.event()))
                    .findFirst().orElseThrow(), edited, "UPDATED", 1);
            })
            .thenCancel()
            .verify(WAIT);
        // Only customer changes of this customer: their order's move is left out.
        StepVerifier.create(stream("/api/updates?types=customer.changed&customerId=" + customer, junior, null))
            .assertNext(ready -> assertThat(ready.event()).isEqualTo("ready"))
            .then(() -> publish(customerChanged(UUID.randomUUID(), CustomerChanged.ARCHIVED, 4, null), theirOrder,
                    measured))
            .assertNext(update -> {
                assertCustomerChanged(update, measured, "MEASUREMENTS_CHANGED", 1);
                assertThat(tree(update).get("data").get("measurementId").asString()).isEqualTo(measurement.toString());
            })
            .thenCancel()
            .verify(WAIT);
    }

    @Test
    void a_client_that_reconnects_with_last_event_id_gets_what_it_missed_and_nothing_twice() {
        UUID order = UUID.randomUUID();
        EventEnvelope<?> seen = statusChanged(order, "PENDING", "IN_PROGRESS");
        EventEnvelope<?> missed1 = statusChanged(order, "IN_PROGRESS", "COMPLETED");
        EventEnvelope<?> missed2 = statusChanged(order, "COMPLETED", "DELIVERED");
        String lastId = lastIdAfterOne(order, seen);
        publish(missed1, missed2);

        StepVerifier.create(stream("/api/updates?orderId=" + order, junior, lastId))
            .assertNext(ready -> {
                assertThat(ready.event()).isEqualTo("ready");
                assertThat(tree(ready).get("resumed").asBoolean()).isTrue();
            })
            .assertNext(update -> assertUpdate(update, missed1, "COMPLETED"))
            .assertNext(update -> assertUpdate(update, missed2, "DELIVERED"))
            .thenCancel()
            .verify(WAIT);
    }

    @Test
    void an_id_that_is_not_ours_asks_the_client_to_reload() {
        StepVerifier.create(stream("/api/updates", junior, "atelier.order-events:0:banana"))
            .assertNext(first -> {
                assertThat(first.event()).isEqualTo("resync");
                assertThat(first.id()).contains("atelier.order-events:");
            })
            .thenCancel()
            .verify(WAIT);
    }

    @Test
    void another_replica_resumes_a_client_of_this_one() throws Exception {
        UUID order = UUID.randomUUID();
        EventEnvelope<?> seen = statusChanged(order, "PENDING", "IN_PROGRESS");
        EventEnvelope<?> missed = statusChanged(order, "IN_PROGRESS", "COMPLETED");
        String lastId = lastIdAfterOne(order, seen);
        publish(missed);

        // A second gateway replica starting now: its own consumer group, reading back the replay window.
        UpdateLog replicaLog = new UpdateLog(Duration.ofMinutes(5), 1_000, 10, 64, Clock.systemUTC());
        // the same topics as this replica (the defaults), or a position naming one it lacks could not be resumed
        UpdateFeed replica = new UpdateFeed(replicaLog, json, new TrustedSources(Map.of(
                Topics.ORDER_EVENTS, "/order-service", Topics.STOCK_EVENTS, "/inventory-service",
                Topics.CUSTOMER_EVENTS, "/customer-service")),
                new UpdatesProperties(List.of(Topics.ORDER_EVENTS, Topics.STOCK_EVENTS, Topics.CUSTOMER_EVENTS),
                        Duration.ofMinutes(5),
                        1_000, 10, 64, Duration.ofSeconds(20), Duration.ofMinutes(30)),
                consumerFactory.getConfigurationProperties(), Clock.systemUTC());
        replica.start();
        try {
            Awaitility.await().atMost(WAIT).until(() -> replicaLog.size() >= log.size() && replicaLog.size() > 0
                    && replicaLog.open(Optional.of(lastId), update -> false).kind() != UpdateLog.Opening.Kind.RESYNC);
            UpdateLog.Opening resumed = replicaLog.open(Optional.of(lastId),
                    UpdateFilter.of(false, order.toString(), null, null, null));
            assertThat(resumed.kind()).isEqualTo(UpdateLog.Opening.Kind.RESUMED);
            Update first = (Update) resumed.messages().next().block(WAIT);
            assertThat(first.event().id()).isEqualTo(missed.id());
        } finally {
            replica.stop();
        }
    }

    private String lastIdAfterOne(UUID order, EventEnvelope<?> event) {
        List<ServerSentEvent<String>> first = stream("/api/updates?orderId=" + order, junior, null)
            .doOnNext(message -> {
                if ("ready".equals(message.event())) {
                    publish(event);
                }
            })
            .take(2).collectList().block(WAIT);
        assertUpdate(first.get(1), event, "IN_PROGRESS");
        return first.get(1).id();
    }

    private Flux<ServerSentEvent<String>> stream(String uri, String token, String lastEventId) {
        return http.get().uri(uri)
            .headers(headers -> {
                headers.setBearerAuth(token);
                if (lastEventId != null) {
                    headers.set("Last-Event-ID", lastEventId);
                }
            })
            .accept(MediaType.TEXT_EVENT_STREAM)
            .exchange()
            .expectStatus().isOk()
            .returnResult(SSE)
            .getResponseBody()
            .filter(message -> message.event() != null);
    }

    private void assertUpdate(ServerSentEvent<String> update, EventEnvelope<?> expected, String to) {
        assertThat(update.event()).isEqualTo("order.status-changed");
        assertThat(update.id()).contains(Topics.ORDER_EVENTS + ":");
        JsonNode message = tree(update);
        assertThat(message.get("eventId").asString()).isEqualTo(expected.id().toString());
        assertThat(message.get("type").asString()).isEqualTo("order.status-changed");
        assertThat(message.get("data").get("to").asString()).isEqualTo(to);
    }

    private void assertItemChanged(ServerSentEvent<String> update, EventEnvelope<?> expected, String change,
            long version) {
        assertThat(update.event()).isEqualTo("stock.item-changed");
        assertThat(update.id()).contains(Topics.STOCK_EVENTS + ":");
        JsonNode message = tree(update);
        assertThat(message.get("eventId").asString()).isEqualTo(expected.id().toString());
        assertThat(message.get("type").asString()).isEqualTo("stock.item-changed");
        JsonNode data = message.get("data");
        assertThat(data.get("inventoryItemId").asString()).isEqualTo(expected.subject());
        assertThat(data.get("change").asString()).isEqualTo(change);
        assertThat(data.get("name").asString()).isEqualTo("Silk charmeuse, ivory");
        assertThat(data.get("version").asLong()).isEqualTo(version);
    }

    private void assertCustomerChanged(ServerSentEvent<String> update, EventEnvelope<?> expected, String change,
            long version) {
        assertThat(update.event()).isEqualTo("customer.changed");
        assertThat(update.id()).contains(Topics.CUSTOMER_EVENTS + ":");
        JsonNode message = tree(update);
        assertThat(message.get("eventId").asString()).isEqualTo(expected.id().toString());
        assertThat(message.get("type").asString()).isEqualTo("customer.changed");
        JsonNode data = message.get("data");
        assertThat(data.get("customerId").asString()).isEqualTo(expected.subject());
        assertThat(data.get("change").asString()).isEqualTo(change);
        assertThat(data.get("version").asLong()).isEqualTo(version);
    }

    private JsonNode tree(ServerSentEvent<String> message) {
        return mapper.readTree(message.data());
    }

    private static EventEnvelope<?> statusChanged(UUID order, String from, String to) {
        return EventEnvelope.of("/order-service", new OrderStatusChanged(order, UUID.randomUUID(), 1, List.of(), from,
                to, Instant.now()));
    }

    private static EventEnvelope<?> itemChanged(UUID item, String change, long version) {
        return EventEnvelope.of("/inventory-service", new StockItemChanged(item, change, "FAB-SILK-001",
                "Silk charmeuse, ivory", "fabric", "METRE", new java.math.BigDecimal("5"), version, Instant.now()));
    }

    private static EventEnvelope<?> customerChanged(UUID customer, String change, long version, UUID measurement) {
        return EventEnvelope.of("/customer-service", new CustomerChanged(customer, change, version, measurement,
                Instant.now()));
    }

    private void publish(EventEnvelope<?>... events) {
        for (EventEnvelope<?> event : events) {
            TopicWriter.write(event.eventType().topic(), event.subject(), json.structured(event));
        }
    }
}
