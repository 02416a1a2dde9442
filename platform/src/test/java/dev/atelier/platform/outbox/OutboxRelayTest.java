package dev.atelier.platform.outbox;

import static dev.atelier.platform.outbox.OutboxIntegrationTest.idsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.platform.event.AtelierTopics;
import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.EventPayload;
import dev.atelier.platform.event.EventsTestApplication;
import dev.atelier.platform.event.OrderItemsChanged;
import dev.atelier.platform.event.SampleEvents;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.test.KafkaBroker;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.platform.test.TopicReader;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Relays started and stopped by the test (the application's own relay is off), on real PostgreSQL
 * and Kafka: a relay that was down or could not reach the broker loses nothing, a failing row or one
 * another relay holds keeps back its own key only, and two relays side by side publish each row once in per-key order.
 */
@SpringBootTest(classes = EventsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.application.name=order-service",
    "spring.flyway.locations=classpath:db/test",
    "atelier.outbox.relay-enabled=false"})
@DirtiesContext
class OutboxRelayTest {

    private static final KafkaBroker KAFKA = TestInfrastructure.kafka();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.postgres("outbox_relay").registerWith(registry);
        KAFKA.registerWith(registry);
    }

    @BeforeAll
    static void topics() {
        AtelierTopics.createAll(KAFKA.bootstrapServers());
    }

    @Autowired Outbox outbox;
    @Autowired TransactionalOperator transactions;
    @Autowired DatabaseClient database;
    @Autowired ReactiveTransactionManager transactionManager;
    @Autowired CloudEventsJson json;
    @Autowired ProducerFactory<?, ?> producerFactory;

    private final List<OutboxRelay> relays = new ArrayList<>();

    @AfterEach
    void stopRelaysAndForgetRows() {
        relays.forEach(OutboxRelay::destroy);
        database.sql("DELETE FROM atelier_platform.outbox_event").then().block();
    }

    @Test
    void events_committed_while_no_relay_runs_are_published_when_one_starts() {
        UUID orderId = UUID.randomUUID();
        List<UUID> appended = List.of(append(SampleEvents.itemsChanged(orderId, 1)), append(SampleEvents.itemsChanged(orderId, 2)));
        assertThat(pendingCount()).isEqualTo(2);

        startRelay(settings(Duration.ofSeconds(5)), Map.of());

        List<ConsumerRecord<String, byte[]>> records = readUntilCount(Set.of(orderId.toString()), 2);
        assertThat(idsOf(records)).containsExactlyElementsOf(appended.stream().map(UUID::toString).toList());
        await().atMost(WAIT).until(() -> pendingCount() == 0);
    }

    @Test
    void with_the_broker_unreachable_events_stay_pending_with_attempts_and_error_until_a_relay_can_publish_them() {
        UUID orderId = UUID.randomUUID();
        UUID first = append(SampleEvents.itemsChanged(orderId, 1));
        OutboxRelay cutOff = startRelay(settings(Duration.ofMillis(500)),
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + unusedPort()));

        await().atMost(WAIT).untilAsserted(() -> {
            Row row = row(first);
            assertThat(row.attempts()).isGreaterThanOrEqualTo(2);
            assertThat(row.lastError()).contains("TimeoutException");
            assertThat(row.published()).isFalse();
        });
        UUID second = append(SampleEvents.itemsChanged(orderId, 2));
        cutOff.stop();
        assertThat(cutOff.publishedCount()).isZero();

        startRelay(settings(Duration.ofSeconds(5)), Map.of());

        List<ConsumerRecord<String, byte[]>> records = readUntilCount(Set.of(orderId.toString()), 2);
        assertThat(idsOf(records)).containsExactly(first.toString(), second.toString());
        await().atMost(WAIT).untilAsserted(() -> assertThat(row(first).published()).isTrue());
        assertThat(row(first).lastError()).isNull();
    }

    @Test
    void a_row_that_fails_to_publish_holds_back_later_rows_of_its_key_only_and_is_retried_with_backoff() {
        UUID blockedOrder = UUID.randomUUID();
        UUID otherOrder = UUID.randomUUID();
        UUID tooLarge = append(SampleEvents.itemsChangedLargerThan(blockedOrder, 1, 4096));
        UUID behindIt = append(SampleEvents.itemsChanged(blockedOrder, 2));
        UUID unrelated = append(SampleEvents.itemsChanged(otherOrder, 1));
        // A producer that refuses records over 3 kB fails the large row on every attempt.
        OutboxRelay strict = startRelay(settings(Duration.ofSeconds(5)), Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 3000));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(row(tooLarge).attempts()).isGreaterThanOrEqualTo(3);
            assertThat(row(tooLarge).lastError()).contains("RecordTooLargeException");
            assertThat(row(unrelated).published()).isTrue();
        });
        assertThat(row(tooLarge).published()).isFalse();
        assertThat(row(behindIt)).isEqualTo(new Row(false, 0, null));
        strict.stop();

        startRelay(settings(Duration.ofSeconds(5)), Map.of());

        List<ConsumerRecord<String, byte[]>> records = readUntilCount(Set.of(blockedOrder.toString(), otherOrder.toString()), 3);
        assertThat(idsOf(records.stream().filter(record -> record.key().equals(blockedOrder.toString())).toList()))
                .containsExactly(tooLarge.toString(), behindIt.toString());
        assertThat(idsOf(records)).containsOnlyOnce(unrelated.toString());
    }

    @Test
    void a_row_another_transaction_holds_keeps_the_later_rows_of_its_key_back_and_no_others() {
        UUID heldOrder = UUID.randomUUID();
        UUID otherOrder = UUID.randomUUID();
        UUID held = append(SampleEvents.itemsChanged(heldOrder, 1));
        UUID behindIt = append(SampleEvents.itemsChanged(heldOrder, 2));
        UUID unrelated = append(SampleEvents.itemsChanged(otherOrder, 1));
        // Another relay's claim, as PostgreSQL sees it: a transaction holding the first row's lock.
        Sinks.Empty<Void> release = Sinks.empty();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        database.sql("SELECT id FROM atelier_platform.outbox_event WHERE event_id = $1 FOR UPDATE")
                .bind(0, held)
                .fetch().rowsUpdated()
                .doOnSuccess(rows -> locked.countDown())
                .then(release.asMono())
                .as(transactions::transactional)
                .doFinally(signal -> committed.countDown())
                .subscribe();
        OutboxRelay relay = new OutboxRelay(database, transactionManager, json, producerFactory.getConfigurationProperties(),
                settings(Duration.ofSeconds(5)), null);
        relays.add(relay);
        try {
            assertThat(locked.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the row is locked").isTrue();

            assertThat(relay.publishRound().block(WAIT)).isEqualTo(1);
            assertThat(row(unrelated).published()).isTrue();
            assertThat(row(held).published()).isFalse();
            assertThat(row(behindIt)).as("claimed but held back: untouched").isEqualTo(new Row(false, 0, null));
            release.tryEmitEmpty();
            assertThat(committed.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the lock is released").isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            release.tryEmitEmpty();
        }

        assertThat(relay.publishRound().block(WAIT)).isEqualTo(2);
        List<ConsumerRecord<String, byte[]>> records = readUntilCount(Set.of(heldOrder.toString(), otherOrder.toString()), 3);
        assertThat(idsOf(records.stream().filter(record -> record.key().equals(heldOrder.toString())).toList()))
                .containsExactly(held.toString(), behindIt.toString());
        assertThat(idsOf(records)).containsOnlyOnce(unrelated.toString());
    }

    @Test
    void two_relays_side_by_side_publish_every_event_once_in_per_key_order() {
        List<UUID> orders = IntStream.range(0, 8).mapToObj(i -> UUID.randomUUID()).toList();
        int versions = 30;
        // A backlog first: half of each order's events, several orders per transaction.
        for (int version = 1; version <= versions / 2; version++) {
            int v = version;
            Flux.fromIterable(orders)
                    .concatMap(order -> outbox.append(SampleEvents.itemsChanged(order, v)))
                    .then()
                    .as(transactions::transactional)
                    .block();
        }
        OutboxProperties small = new OutboxProperties(true, true, "/order-service", Duration.ofMillis(50), 7,
                Duration.ofDays(7), Duration.ofHours(1), Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(5));
        OutboxRelay one = startRelay(small, Map.of());
        OutboxRelay two = startRelay(small, Map.of());

        // The rest while both relays run: each order's events one after another, orders in parallel.
        Flux.fromIterable(orders)
                .flatMap(order -> Flux.range(versions / 2 + 1, versions / 2)
                        .concatMap(version -> outbox.append(SampleEvents.itemsChanged(order, version))
                                .as(transactions::transactional)))
                .then()
                .block(WAIT);

        Set<String> keys = orders.stream().map(UUID::toString).collect(Collectors.toSet());
        List<ConsumerRecord<String, byte[]>> records = readUntilCount(keys, orders.size() * versions);
        assertThat(records).hasSize(orders.size() * versions);
        assertThat(Set.copyOf(idsOf(records))).as("every event id once").hasSize(orders.size() * versions);
        Map<String, List<Long>> versionsByOrder = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            OrderItemsChanged changed = (OrderItemsChanged) json.read(record.value()).data();
            versionsByOrder.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(changed.itemListVersion());
        }
        List<Long> inOrder = LongStream.rangeClosed(1, versions).boxed().toList();
        assertThat(versionsByOrder.values()).allSatisfy(seen -> assertThat(seen).containsExactlyElementsOf(inOrder));
        await().atMost(WAIT).until(() -> pendingCount() == 0);
        assertThat(one.publishedCount() + two.publishedCount()).isEqualTo(orders.size() * versions);
        assertThat(one.publishedCount()).as("first relay took part").isPositive();
        assertThat(two.publishedCount()).as("second relay took part").isPositive();
    }

    private UUID append(EventPayload payload) {
        EventEnvelope<EventPayload> envelope = EventEnvelope.of(outbox.source(), payload);
        outbox.append(envelope).as(transactions::transactional).block();
        return envelope.id();
    }

    private OutboxRelay startRelay(OutboxProperties properties, Map<String, Object> producerOverrides) {
        Map<String, Object> config = new HashMap<>(producerFactory.getConfigurationProperties());
        config.putAll(producerOverrides);
        OutboxRelay relay = new OutboxRelay(database, transactionManager, json, config, properties, null);
        relays.add(relay);
        relay.start();
        return relay;
    }

    private static OutboxProperties settings(Duration publishTimeout) {
        return new OutboxProperties(true, true, "/order-service", Duration.ofMillis(50), 100, Duration.ofDays(7),
                Duration.ofHours(1), Duration.ofMillis(100), Duration.ofSeconds(1), publishTimeout);
    }

    private static List<ConsumerRecord<String, byte[]>> readUntilCount(Set<String> keys, int count) {
        return TopicReader.readUntil(KAFKA.bootstrapServers(), Topics.ORDER_EVENTS, keys, seen -> seen.size() >= count, WAIT);
    }

    private long pendingCount() {
        return database.sql("SELECT count(*) AS pending FROM atelier_platform.outbox_event WHERE published_at IS NULL")
                .map((row, metadata) -> row.get("pending", Long.class))
                .one()
                .block();
    }

    record Row(boolean published, int attempts, String lastError) {}

    private Row row(UUID eventId) {
        return database.sql("SELECT published_at IS NOT NULL AS published, attempts, last_error"
                        + " FROM atelier_platform.outbox_event WHERE event_id = $1")
                .bind(0, eventId)
                .map((row, metadata) -> new Row(row.get("published", Boolean.class), row.get("attempts", Integer.class),
                        row.get("last_error", String.class)))
                .one()
                .switchIfEmpty(Mono.error(new AssertionError("no outbox row for " + eventId)))
                .block();
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
