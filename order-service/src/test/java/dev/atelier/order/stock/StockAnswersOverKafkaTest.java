package dev.atelier.order.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.atelier.order.OrderApiTest;
import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.ReservationStatus;
import dev.atelier.platform.event.Shortage;
import dev.atelier.platform.event.StockReservationUpdated;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.platform.test.TopicReader;
import dev.atelier.platform.test.TopicWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Inventory's real answers in on {@code atelier.stock-events}, through the broker and the idempotent consumer. */
class StockAnswersOverKafkaTest extends OrderApiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    CloudEventsJson json;

    @Autowired
    StockAnswers answers;

    @Autowired
    TransactionalOperator transactions;

    @Test
    void a_polls_answers_lock_their_orders_together_and_each_sees_what_the_one_before_did() {
        UUID first = createOrder(UUID.randomUUID());
        UUID second = createOrder(UUID.randomUUID());
        UUID unknown = UUID.randomUUID();

        // As the consumer runs a poll: the orders locked together, then each answer in turn, in one transaction.
        answers.lockAll(List.of(first, second, unknown))
                .then(answers.apply(answer(first, 1, ReservationStatus.SHORT,
                        List.of(new Shortage(UUID.randomUUID(), BigDecimal.TEN, BigDecimal.ONE))).data(), "/inventory-service"))
                .then(answers.apply(answer(second, 1, ReservationStatus.RESERVED, List.of()).data(), "/inventory-service"))
                .then(answers.apply(answer(unknown, 1, ReservationStatus.RESERVED, List.of()).data(), "/inventory-service"))
                .then(answers.apply(answer(first, 1, ReservationStatus.RESERVED, List.of()).data(), "/inventory-service"))
                .as(transactions::transactional)
                .block(WAIT);

        Map<?, ?> firstAfter = awaitOrder(first, o -> true);
        assertThat(firstAfter.get("stockStatus")).isEqualTo("RESERVED");
        assertThat(firstAfter.get("shortages")).isEqualTo(List.of());
        assertThat(firstAfter.get("version")).as("SHORT, then RESERVED on top of it: two changes").isEqualTo(2);
        Map<?, ?> secondAfter = awaitOrder(second, o -> true);
        assertThat(secondAfter.get("stockStatus")).isEqualTo("RESERVED");
        assertThat(secondAfter.get("version")).isEqualTo(1);
        assertThat(storedOrders(unknown)).isZero();
    }

    @Test
    void reserved_for_the_current_item_list_lets_work_start() {
        UUID order = createOrder(UUID.randomUUID());
        move(order, "IN_PROGRESS").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("RESERVING"));

        // Answer as inventory does: to the order.created the service published, for its item-list version.
        String created = new String(TopicReader.withKeys(TestInfrastructure.kafka().bootstrapServers(),
                Topics.ORDER_EVENTS, Set.of(order.toString()), 1, WAIT).getFirst().value(), StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(created, "$.type")).isEqualTo("order.created");
        long itemListVersion = ((Number) JsonPath.read(created, "$.data.itemListVersion")).longValue();
        publish(answer(order, itemListVersion, ReservationStatus.RESERVED, List.of()));

        Map<?, ?> reserved = awaitOrder(order, o -> "RESERVED".equals(o.get("stockStatus")));
        assertThat(reserved.get("shortages")).isEqualTo(List.of());
        assertThat(reserved.get("version")).isEqualTo(1);
        assertThat(reserved.get("updatedBy")).isEqualTo("/inventory-service");
        move(order, "IN_PROGRESS").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("IN_PROGRESS");
    }

    @Test
    void short_stores_the_shortages_and_shows_them_on_the_order() {
        UUID order = createOrder(UUID.randomUUID());
        UUID silk = UUID.randomUUID();

        publish(answer(order, 1, ReservationStatus.SHORT,
                List.of(new Shortage(silk, new BigDecimal("3"), new BigDecimal("1.5")))));

        Map<?, ?> shortOrder = awaitOrder(order, o -> "SHORT".equals(o.get("stockStatus")));
        assertThat(shortOrder.get("shortages")).isEqualTo(
                List.of(Map.of("inventoryItemId", silk.toString(), "requested", 3, "available", 1.5)));
        http.get().uri("/api/orders/{id}", order).headers(h -> h.setBearerAuth(juniorToken())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.shortages[0].inventoryItemId").isEqualTo(silk.toString());
        move(order, "IN_PROGRESS").expectStatus().isEqualTo(409);
    }

    @Test
    void released_after_a_cancel_marks_the_stock_released() {
        UUID order = createOrder(UUID.randomUUID());
        publish(answer(order, 1, ReservationStatus.RESERVED, List.of()));
        awaitOrder(order, o -> "RESERVED".equals(o.get("stockStatus")));
        move(order, "CANCELLED").expectStatus().isOk();

        publish(answer(order, 1, ReservationStatus.RELEASED, List.of()));

        Map<?, ?> released = awaitOrder(order, o -> "RELEASED".equals(o.get("stockStatus")));
        assertThat(released.get("status")).isEqualTo("CANCELLED");
    }

    @Test
    void an_answer_for_another_item_list_version_changes_nothing() {
        UUID order = createOrder(UUID.randomUUID());

        EventEnvelope<?> newer = publish(answer(order, 2, ReservationStatus.RESERVED, List.of()));
        EventEnvelope<?> older = publish(answer(order, 0, ReservationStatus.RESERVED, List.of()));
        // Same key, same partition: applied after the stale ones, so once it shows they were seen.
        EventEnvelope<?> current = publish(answer(order, 1, ReservationStatus.SHORT,
                List.of(new Shortage(UUID.randomUUID(), BigDecimal.TEN, BigDecimal.ONE))));

        Map<?, ?> after = awaitOrder(order, o -> "SHORT".equals(o.get("stockStatus")));
        assertThat(after.get("version")).as("only the current version's answer bumped it").isEqualTo(1);
        assertThat(processed(List.of(newer.id(), older.id(), current.id()))).isEqualTo(3);
    }

    @Test
    void a_redelivered_answer_is_applied_once() {
        UUID order = createOrder(UUID.randomUUID());
        EventEnvelope<StockReservationUpdated> reserved = answer(order, 1, ReservationStatus.RESERVED, List.of());

        publish(reserved);
        publish(answer(order, 1, ReservationStatus.SHORT,
                List.of(new Shortage(UUID.randomUUID(), BigDecimal.TEN, BigDecimal.ONE))));
        publish(reserved); // applied again it would set RESERVED over SHORT
        publish(answer(order, 1, ReservationStatus.SHORT,
                List.of(new Shortage(UUID.randomUUID(), BigDecimal.TEN, BigDecimal.ZERO))));

        Map<?, ?> after = awaitOrder(order, o -> "SHORT".equals(o.get("stockStatus"))
                && ((List<?>) o.get("shortages")).toString().contains("available=0"));
        assertThat(after.get("version")).as("RESERVED, SHORT, SHORT: three changes, the duplicate none")
                .isEqualTo(3);
    }

    @Test
    void an_answer_for_an_unknown_order_is_skipped_and_the_next_one_applied() {
        UUID unknown = UUID.randomUUID();
        EventEnvelope<StockReservationUpdated> lost = answer(unknown, 1, ReservationStatus.RESERVED, List.of());
        publish(lost);
        UUID order = createOrder(UUID.randomUUID());
        publish(answer(order, 1, ReservationStatus.RESERVED, List.of()));

        awaitOrder(order, o -> "RESERVED".equals(o.get("stockStatus")));
        awaitProcessed(lost.id());
        assertThat(storedOrders(unknown)).isZero();
    }

    private EventEnvelope<StockReservationUpdated> answer(UUID order, long itemListVersion, ReservationStatus status,
            List<Shortage> shortages) {
        return EventEnvelope.of("/inventory-service",
                new StockReservationUpdated(order, itemListVersion, status, shortages, Instant.now()));
    }

    private EventEnvelope<?> publish(EventEnvelope<?> envelope) {
        TopicWriter.write(Topics.STOCK_EVENTS, envelope.subject(), json.structured(envelope));
        return envelope;
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec move(UUID order, String status) {
        return http.patch().uri("/api/orders/{id}/status", order).headers(h -> h.setBearerAuth(leadToken()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", status)).exchange();
    }

    /** Reads the order over HTTP until {@code done} holds (the consumer works asynchronously). */
    private Map<?, ?> awaitOrder(UUID order, Predicate<Map<?, ?>> done) {
        return Awaitility.await("order " + order).atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> http.get().uri("/api/orders/{id}", order).headers(h -> h.setBearerAuth(leadToken()))
                        .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody(),
                        done::test);
    }

    private void awaitProcessed(UUID eventId) {
        Awaitility.await("event " + eventId + " processed").atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> processed(List.of(eventId)), n -> n == 1);
    }

    /** How many of these events the consumer recorded as processed. */
    private long processed(List<UUID> eventIds) {
        return database.sql("SELECT count(*) AS n FROM atelier_platform.processed_event WHERE event_id = ANY(:ids)")
                .bind("ids", eventIds.toArray(UUID[]::new))
                .map(row -> row.get("n", Long.class)).one().block();
    }

    private long storedOrders(UUID id) {
        return database.sql("SELECT count(*) AS n FROM customer_order WHERE id = :id").bind("id", id)
                .map(row -> row.get("n", Long.class)).one().block();
    }
}
