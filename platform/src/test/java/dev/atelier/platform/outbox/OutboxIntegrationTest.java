package dev.atelier.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.platform.event.AtelierTopics;
import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.EventsTestApplication;
import dev.atelier.platform.event.OrderCreated;
import dev.atelier.platform.event.OrderItemsChanged;
import dev.atelier.platform.event.SampleEvents;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.test.KafkaBroker;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The outbox and the relay a service gets from auto-configuration, on real PostgreSQL and Kafka. */
@SpringBootTest(classes = EventsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.application.name=order-service",
    "spring.flyway.locations=classpath:db/test",
    "atelier.outbox.poll-interval=100ms",
    "atelier.outbox.cleanup-interval=200ms",
    "atelier.outbox.retention=1h"})
@DirtiesContext
class OutboxIntegrationTest {

    private static final KafkaBroker KAFKA = TestInfrastructure.kafka();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.postgres("outbox").registerWith(registry);
        KAFKA.registerWith(registry);
    }

    @BeforeAll
    static void topics() {
        AtelierTopics.createAll(KAFKA.bootstrapServers());
    }

    @Autowired Outbox outbox;
    @Autowired TransactionalOperator transactions;
    @Autowired DatabaseClient database;
    @Autowired JsonMapper jsonMapper;

    @Test
    void a_committed_event_is_published_once_with_its_key_ce_headers_and_structured_json() {
        UUID orderId = UUID.randomUUID();
        OrderCreated created = SampleEvents.orderCreated(orderId);
        EventEnvelope<OrderCreated> envelope = EventEnvelope.of(outbox.source(), created);

        outbox.append(envelope).as(transactions::transactional).block();
        // A later event of the same order: once it is there, every earlier one had its chance to show up twice.
        UUID markerId = appendCommitted(SampleEvents.itemsChanged(orderId, 2));

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(KAFKA.bootstrapServers(),
                Topics.ORDER_EVENTS, Set.of(orderId.toString()), seen -> idsOf(seen).contains(markerId.toString()), WAIT);

        assertThat(idsOf(records)).containsExactly(envelope.id().toString(), markerId.toString());
        ConsumerRecord<String, byte[]> record = records.getFirst();
        assertThat(record.key()).isEqualTo(orderId.toString());
        assertThat(TopicReader.header(record, "content-type")).isEqualTo("application/cloudevents+json; charset=UTF-8");
        assertThat(TopicReader.header(record, "ce_id")).isEqualTo(envelope.id().toString());
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo("order.created");
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/order-service");
        assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(orderId.toString());
        assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(Instant.parse(TopicReader.header(record, "ce_time"))).isEqualTo(envelope.time());

        JsonNode body = jsonMapper.readTree(record.value());
        assertThat(body.get("specversion").asString()).isEqualTo("1.0");
        assertThat(body.get("id").asString()).isEqualTo(envelope.id().toString());
        assertThat(body.get("type").asString()).isEqualTo("order.created");
        assertThat(body.get("source").asString()).isEqualTo("/order-service");
        assertThat(body.get("subject").asString()).isEqualTo(orderId.toString());
        assertThat(body.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"quantity\": 2.50");
        assertThat(new CloudEventsJson(jsonMapper).read(record.value())).isEqualTo(envelope);

        assertThat(rowState(envelope.id())).isEqualTo("published after 1 attempt(s), no error");
    }

    @Test
    void events_appended_together_are_published_in_list_order_with_their_own_ids() {
        UUID orderId = UUID.randomUUID();
        List<OrderItemsChanged> changes = List.of(SampleEvents.itemsChanged(orderId, 2),
                SampleEvents.itemsChanged(orderId, 3), SampleEvents.itemsChanged(orderId, 4));

        outbox.appendAll(changes).as(transactions::transactional).block();

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(KAFKA.bootstrapServers(),
                Topics.ORDER_EVENTS, Set.of(orderId.toString()), seen -> seen.size() >= 3, WAIT);
        List<EventEnvelope<?>> published = records.stream()
                .<EventEnvelope<?>>map(record -> new CloudEventsJson(jsonMapper).read(record.value()))
                .toList();
        assertThat(published.stream().map(EventEnvelope::data).toList()).isEqualTo(changes);
        assertThat(published).extracting(EventEnvelope::id).doesNotHaveDuplicates();
        assertThat(published).allSatisfy(envelope -> assertThat(rowState(envelope.id()))
                .isEqualTo("published after 1 attempt(s), no error"));
    }

    @Test
    void appending_no_events_writes_nothing_even_outside_a_transaction() {
        StepVerifier.create(outbox.appendAll(List.of())).verifyComplete();
    }

    @Test
    void an_event_appended_in_a_transaction_that_rolls_back_is_never_published() {
        UUID orderId = UUID.randomUUID();
        EventEnvelope<OrderCreated> rolledBack = EventEnvelope.of(outbox.source(), SampleEvents.orderCreated(orderId));

        StepVerifier.create(outbox.append(rolledBack)
                        .then(Mono.error(new IllegalStateException("the state change failed")))
                        .as(transactions::transactional))
                .expectErrorMessage("the state change failed")
                .verify();
        UUID markerId = appendCommitted(SampleEvents.itemsChanged(orderId, 2));

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(KAFKA.bootstrapServers(),
                Topics.ORDER_EVENTS, Set.of(orderId.toString()), seen -> idsOf(seen).contains(markerId.toString()), WAIT);
        assertThat(idsOf(records)).containsExactly(markerId.toString());
        assertThat(rowState(rolledBack.id())).isEqualTo("no row");
    }

    @Test
    void append_outside_a_transaction_is_refused_and_writes_nothing() {
        EventEnvelope<OrderCreated> envelope = EventEnvelope.of(outbox.source(), SampleEvents.orderCreated(UUID.randomUUID()));

        StepVerifier.create(outbox.append(envelope))
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("needs an active R2DBC transaction"))
                .verify();
        assertThat(rowState(envelope.id())).isEqualTo("no row");
    }

    @Test
    void published_rows_older_than_the_retention_are_deleted_and_others_kept() {
        UUID oldPublished = insertRow("clock_timestamp() - interval '2 hours'", "clock_timestamp() - interval '2 hours'");
        UUID recentPublished = insertRow("clock_timestamp() - interval '10 minutes'", "clock_timestamp() - interval '10 minutes'");
        UUID oldPending = UUID.randomUUID();
        appendCommitted(EventEnvelope.of(outbox.source(), SampleEvents.orderCreated(UUID.randomUUID())), oldPending);

        await().atMost(WAIT).untilAsserted(() -> assertThat(rowState(oldPublished)).isEqualTo("no row"));
        assertThat(rowState(recentPublished)).startsWith("published");
        assertThat(rowState(oldPending)).isNotEqualTo("no row");
    }

    private UUID appendCommitted(OrderItemsChanged payload) {
        EventEnvelope<OrderItemsChanged> envelope = EventEnvelope.of(outbox.source(), payload);
        outbox.append(envelope).as(transactions::transactional).block();
        return envelope.id();
    }

    private void appendCommitted(EventEnvelope<OrderCreated> envelope, UUID expectedId) {
        EventEnvelope<OrderCreated> withId = new EventEnvelope<>(expectedId, envelope.source(), envelope.type(),
                envelope.specversion(), envelope.time(), envelope.subject(), envelope.datacontenttype(), envelope.data());
        outbox.append(withId).as(transactions::transactional).block();
    }

    private UUID insertRow(String createdAt, String publishedAt) {
        UUID eventId = UUID.randomUUID();
        database.sql("INSERT INTO atelier_platform.outbox_event (event_id, topic, type, source, subject, event_time,"
                        + " data, created_at, published_at, attempts) VALUES ($1, 'atelier.order-events', 'order.created',"
                        + " '/order-service', $2, clock_timestamp(), '{}'::jsonb, " + createdAt + ", " + publishedAt + ", 1)")
                .bind(0, eventId)
                .bind(1, UUID.randomUUID().toString())
                .then()
                .block();
        return eventId;
    }

    private String rowState(UUID eventId) {
        return database.sql("SELECT published_at, attempts, last_error FROM atelier_platform.outbox_event"
                        + " WHERE event_id = $1")
                .bind(0, eventId)
                .map((row, metadata) -> (row.get("published_at", Instant.class) == null ? "pending" : "published")
                        + " after " + row.get("attempts", Integer.class) + " attempt(s), "
                        + (row.get("last_error", String.class) == null ? "no error" : "error " + row.get("last_error", String.class)))
                .one()
                .defaultIfEmpty("no row")
                .block();
    }

    static List<String> idsOf(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> TopicReader.header(record, "ce_id")).toList();
    }
}
