package dev.atelier.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.atelier.deadletters.DeadLetterReplay;
import dev.atelier.platform.event.AtelierTopics;
import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.EventPayload;
import dev.atelier.platform.event.EventType;
import dev.atelier.platform.event.EventsTestApplication;
import dev.atelier.platform.event.OrderCreated;
import dev.atelier.platform.event.OrderItemsChanged;
import dev.atelier.platform.event.SampleEvents;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.test.KafkaBroker;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.platform.test.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The idempotent consumer a service gets from auto-configuration, on real PostgreSQL and Kafka: the
 * test handler writes a {@code test_effect} row per applied event and fails on command.
 */
@SpringBootTest(classes = {EventsTestApplication.class, IdempotentConsumerIntegrationTest.Handlers.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.application.name=inventory-service",
    "spring.flyway.locations=classpath:db/test",
    "atelier.outbox.enabled=false",
    "atelier.consumer.group-id=inventory-service-test",
    "atelier.consumer.max-attempts=3",
    "atelier.consumer.initial-backoff=100ms",
    "atelier.consumer.max-backoff=400ms",
    "atelier.consumer.processed-retention=1h",
    "atelier.consumer.cleanup-interval=200ms",
    "atelier.consumer.dead-letter-check-interval=200ms"})
@DirtiesContext
class IdempotentConsumerIntegrationTest {

    private static final KafkaBroker KAFKA = TestInfrastructure.kafka();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CONSUMER = "inventory-service-test";
    private static KafkaProducer<String, byte[]> producer;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.postgres("consumer").registerWith(registry);
        KAFKA.registerWith(registry);
    }

    @BeforeAll
    static void topicsAndProducer() {
        AtelierTopics.createAll(KAFKA.bootstrapServers());
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    /** Handler behaviour per order id, set by each test. */
    static final class Script {
        final Set<UUID> alwaysFail = ConcurrentHashMap.newKeySet();
        final Map<UUID, Integer> failuresLeft = new ConcurrentHashMap<>();
        final Map<UUID, Integer> attempts = new ConcurrentHashMap<>();
        /** Fails as an unreachable database would, this many times. */
        final Map<UUID, Integer> outagesLeft = new ConcurrentHashMap<>();
        /** Refused as the domain would refuse it, until removed. */
        final Set<UUID> refuse = ConcurrentHashMap.newKeySet();
        /** The preparation fails this many times for a list holding the order. */
        final Map<UUID, Integer> preparationFailuresLeft = new ConcurrentHashMap<>();
        /** What ran, in order: "prepare [ids]" and "handle id". */
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());

        List<String> callsFor(Set<UUID> orderIds) {
            synchronized (calls) {
                return calls.stream().filter(call -> orderIds.stream().anyMatch(id -> call.contains(id.toString()))).toList();
            }
        }

        int attemptsFor(UUID orderId) {
            return attempts.getOrDefault(orderId, 0);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Handlers {

        @Bean
        Script script() {
            return new Script();
        }

        /** The consumer's counters and the dead-letter gauge register here (no actuator in this test). */
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        /** Writes its effect first and fails afterwards when told to, so a rollback has something to undo. */
        @Bean
        EventHandler<OrderCreated> recordNewOrder(DatabaseClient database, Script script) {
            return EventHandler.preparedPerPoll(EventType.ORDER_CREATED, events -> {
                List<UUID> orderIds = events.stream().map(event -> event.data().orderId()).toList();
                script.calls.add("prepare " + orderIds);
                AtomicBoolean fail = new AtomicBoolean();
                orderIds.forEach(id -> script.preparationFailuresLeft.computeIfPresent(id, (key, left) -> {
                    fail.set(true);
                    return left > 1 ? left - 1 : null;
                }));
                return fail.get() ? Mono.error(new IllegalStateException("preparation fails for " + orderIds)) : Mono.empty();
            }, event -> {
                UUID orderId = event.data().orderId();
                script.calls.add("handle " + orderId);
                script.attempts.merge(orderId, 1, Integer::sum);
                return database.sql("INSERT INTO test_effect (order_id, event_id) VALUES ($1, $2)")
                        .bind(0, orderId)
                        .bind(1, event.id())
                        .then()
                        .then(Mono.defer(() -> failsThisTime(script, orderId)
                                ? Mono.error(new IllegalStateException("handler refuses order " + orderId))
                                : script.refuse.contains(orderId)
                                ? Mono.error(new UnprocessableEventException("order " + orderId + " cannot be applied"))
                                : outageNow(script, orderId)
                                ? Mono.error(new DataAccessResourceFailureException("database unavailable"))
                                : Mono.empty()));
            });
        }

        private static boolean outageNow(Script script, UUID orderId) {
            AtomicBoolean down = new AtomicBoolean();
            script.outagesLeft.computeIfPresent(orderId, (id, left) -> {
                down.set(true);
                return left > 1 ? left - 1 : null;
            });
            return down.get();
        }

        private static boolean failsThisTime(Script script, UUID orderId) {
            if (script.alwaysFail.contains(orderId)) {
                return true;
            }
            AtomicBoolean fail = new AtomicBoolean();
            script.failuresLeft.computeIfPresent(orderId, (id, left) -> {
                fail.set(true);
                return left > 1 ? left - 1 : null;
            });
            return fail.get();
        }
    }

    @Autowired DatabaseClient database;
    @Autowired CloudEventsJson json;
    @Autowired Script script;
    @Autowired DeadLetterDepth deadLetterDepth;
    @Autowired MeterRegistry meters;
    @Autowired IdempotentEventConsumer consumer;
    @Autowired IdempotentEventProcessor processor;

    /** Issue 16: a short database outage sent events to the DLT after about 15 s; now it is waited out. */
    @Test
    void an_infrastructure_failure_is_retried_past_max_attempts_until_it_recovers_and_never_dead_lettered() {
        UUID orderId = UUID.randomUUID();
        script.outagesLeft.put(orderId, 6);
        EventEnvelope<OrderCreated> event = send(SampleEvents.orderCreated(orderId));

        await().atMost(WAIT).untilAsserted(() -> assertThat(processed(event.id())).isTrue());
        assertThat(script.attemptsFor(orderId)).as("max-attempts is 3; the outage lasted 6").isEqualTo(7);
        assertThat(effects(orderId)).isEqualTo(1);
        // readUntil fails when nothing for the key arrives: here that is the expectation.
        assertThatThrownBy(() -> TopicReader.readUntil(KAFKA.bootstrapServers(),
                Topics.deadLetterTopicOf(Topics.ORDER_EVENTS), Set.of(orderId.toString()), seen -> !seen.isEmpty(),
                Duration.ofSeconds(2))).isInstanceOf(AssertionError.class).hasMessageContaining("got 0");
    }

    /** Issue 16 item 9: consumers acted on any event of the right type; a forged order.cancelled freed stock. */
    @Test
    void an_event_from_another_source_than_the_topics_producer_is_dead_lettered_without_running_the_handler() {
        UUID orderId = UUID.randomUUID();
        double before = untrustedCount();
        send(EventEnvelope.of("/someone-else", SampleEvents.orderCreated(orderId)));

        ConsumerRecord<String, byte[]> dead = deadLetterFor(orderId.toString());

        assertThat(exceptionHeaders(dead)).anySatisfy(value -> assertThat(value).contains("UntrustedEventException"));
        assertThat(TopicReader.header(dead, "kafka_dlt-exception-cause-fqcn")).as("the record's own failure, not the poll's")
                .isEqualTo(UntrustedEventException.class.getName());
        assertThat(TopicReader.header(dead, "kafka_dlt-original-consumer-group")).isEqualTo(CONSUMER);
        assertThat(TopicReader.header(dead, EventFailures.REFUSAL_HEADER)).as("named for a replay").isEqualTo("untrusted");
        assertThat(deliveryAttempt(dead)).as("not retried").isEqualTo(1);
        assertThat(script.attemptsFor(orderId)).isZero();
        assertThat(untrustedCount()).isGreaterThanOrEqualTo(before + 1);
    }

    /**
     * A refusal goes to the DLT at once and counts in its depth gauge; after the fix, ./atelier dlt replay
     * publishes it again and it is applied once; the same event arriving once more changes nothing.
     */
    @Test
    void a_refused_event_is_dead_lettered_at_once_and_after_the_fix_a_replay_applies_it_exactly_once() throws Exception {
        UUID orderId = UUID.randomUUID();
        script.refuse.add(orderId);
        EventEnvelope<OrderCreated> event = send(SampleEvents.orderCreated(orderId));

        ConsumerRecord<String, byte[]> dead = deadLetterFor(orderId.toString());
        assertThat(deliveryAttempt(dead)).as("not retried").isEqualTo(1);
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(deadLetterDepth.depths().get(Topics.ORDER_EVENTS)).isPositive();
            assertThat(meters.get("atelier.consumer.dead.letters").tag("topic", Topics.ORDER_EVENTS).gauge().value())
                    .isPositive();
        });

        script.refuse.remove(orderId);
        assertThat(DeadLetterReplay.at(KAFKA.bootstrapServers()).replay(Topics.ORDER_EVENTS, WAIT).republished()).isPositive();

        await().atMost(WAIT).untilAsserted(() -> assertThat(effects(orderId)).isEqualTo(1));
        send(event);
        UUID markerOrder = UUID.randomUUID();
        sendWithKey(orderId.toString(), EventEnvelope.of("/order-service", SampleEvents.orderCreated(markerOrder)));
        await().atMost(WAIT).untilAsserted(() -> assertThat(effects(markerOrder)).isEqualTo(1));
        assertThat(effects(orderId)).isEqualTo(1);
        assertThat(script.attemptsFor(orderId)).as("refused once, applied once, the copy dropped").isEqualTo(2);
    }

    private double untrustedCount() {
        var counter = meters.find("atelier.consumer.events").tag("outcome", "untrusted").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void an_event_is_applied_once_and_recorded_as_processed() {
        UUID orderId = UUID.randomUUID();
        EventEnvelope<OrderCreated> event = send(SampleEvents.orderCreated(orderId));

        await().atMost(WAIT).untilAsserted(() -> assertThat(effects(orderId)).isEqualTo(1));
        assertThat(processed(event.id())).isTrue();
        assertThat(script.attemptsFor(orderId)).isEqualTo(1);
    }

    @Test
    void a_polls_events_are_recorded_together_and_each_runs_only_the_first_time_it_is_seen() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        EventEnvelope<OrderCreated> a = EventEnvelope.of("/order-service", SampleEvents.orderCreated(first));
        EventEnvelope<OrderCreated> b = EventEnvelope.of("/order-service", SampleEvents.orderCreated(second));
        EventEnvelope<OrderItemsChanged> notHandled = EventEnvelope.of("/order-service",
                SampleEvents.itemsChanged(first, 2));
        List<IdempotentEventProcessor.Received> poll = Stream.of(json.structured(a), json.structured(b),
                        json.structured(a), json.structured(notHandled))
                .map(value -> processor.receive(Topics.ORDER_EVENTS, value))
                .toList();

        List<IdempotentEventProcessor.Outcome> outcomes = processor.inOneTransaction(poll, processor.recordFirstTimes(poll)
                        .flatMapMany(firstTimes -> processor.prepare(poll, firstTimes).thenMany(Flux.range(0, poll.size())
                                .concatMap(i -> processor.handle(poll.get(i), firstTimes.get(i)))))
                        .collectList())
                .block();

        assertThat(outcomes).containsExactly(IdempotentEventProcessor.Outcome.APPLIED,
                IdempotentEventProcessor.Outcome.APPLIED, IdempotentEventProcessor.Outcome.DUPLICATE,
                IdempotentEventProcessor.Outcome.NOT_HANDLED);
        assertThat(effects(first)).isEqualTo(1);
        assertThat(effects(second)).isEqualTo(1);
        assertThat(processed(a.id())).isTrue();
        assertThat(processed(notHandled.id())).as("only handled events are recorded").isFalse();
        assertThat(script.callsFor(Set.of(first, second))).as("one preparation, with the new events only, before any handler")
                .containsExactly("prepare " + List.of(first, second), "handle " + first, "handle " + second);
        // Delivered again later, in another poll: recorded before, so nothing runs.
        assertThat(processor.inOneTransaction(List.of(poll.get(1)), processor.recordFirstTimes(List.of(poll.get(1))))
                .block()).containsExactly(false);
    }

    @Test
    void a_failed_preparation_applies_the_polls_events_one_by_one_each_with_its_own() {
        UUID orderId = UUID.randomUUID();
        script.preparationFailuresLeft.put(orderId, 1);
        EventEnvelope<OrderCreated> event = send(SampleEvents.orderCreated(orderId));

        await().atMost(WAIT).untilAsserted(() -> assertThat(effects(orderId)).isEqualTo(1));
        assertThat(processed(event.id())).isTrue();
        // The failed poll may hold other tests' late events too; the record then runs alone, prepared on its own.
        List<String> calls = script.callsFor(Set.of(orderId));
        assertThat(calls).as("the poll failed in its preparation, then the record ran alone")
                .hasSize(3).endsWith("prepare " + List.of(orderId), "handle " + orderId);
        assertThat(calls.getFirst()).as("the poll's preparation, which failed").startsWith("prepare [");
    }

    @Test
    void a_poll_with_nothing_to_handle_runs_without_a_transaction_and_one_with_a_handled_event_in_one() {
        UUID orderId = UUID.randomUUID();
        IdempotentEventProcessor.Received unhandled = processor.receive(Topics.ORDER_EVENTS,
                json.structured(EventEnvelope.of("/order-service", SampleEvents.itemsChanged(orderId, 2))));
        IdempotentEventProcessor.Received handled = processor.receive(Topics.ORDER_EVENTS,
                json.structured(EventEnvelope.of("/order-service", SampleEvents.orderCreated(orderId))));
        Mono<Boolean> inTransaction = TransactionSynchronizationManager.forCurrentTransaction()
                .map(TransactionSynchronizationManager::isActualTransactionActive)
                .onErrorReturn(NoTransactionException.class, false);

        assertThat(processor.inOneTransaction(List.of(unhandled, unhandled), inTransaction).block()).isFalse();
        assertThat(processor.inOneTransaction(List.of(unhandled, handled), inTransaction).block()).isTrue();
    }

    @Test
    void the_same_event_delivered_twice_changes_state_once() {
        UUID orderId = UUID.randomUUID();
        EventEnvelope<OrderCreated> event = send(SampleEvents.orderCreated(orderId));
        send(event);
        // Same key, same partition: once this one is applied, both copies before it were handled.
        UUID markerOrder = UUID.randomUUID();
        sendWithKey(orderId.toString(), EventEnvelope.of("/order-service", SampleEvents.orderCreated(markerOrder)));

        await().atMost(WAIT).untilAsserted(() -> assertThat(effects(markerOrder)).isEqualTo(1));
        assertThat(effects(orderId)).isEqualTo(1);
        assertThat(script.attemptsFor(orderId)).as("the handler ran for the first copy only").isEqualTo(1);
    }

    @Test
    void a_handler_that_always_fails_ends_on_the_dead_letter_topic_after_max_attempts_with_the_error_in_headers() {
        UUID orderId = UUID.randomUUID();
        script.alwaysFail.add(orderId);
        EventEnvelope<OrderCreated> event = send(SampleEvents.orderCreated(orderId));

        ConsumerRecord<String, byte[]> dead = deadLetterFor(orderId.toString());

        assertThat(script.attemptsFor(orderId)).isEqualTo(3);
        assertThat(dead.value()).isEqualTo(json.structured(event));
        assertThat(TopicReader.header(dead, "ce_id")).isEqualTo(event.id().toString());
        assertThat(TopicReader.header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.ORDER_EVENTS);
        assertThat(exceptionHeaders(dead)).anySatisfy(value -> assertThat(value).contains("handler refuses order " + orderId));
        assertThat(exceptionHeaders(dead)).anySatisfy(value -> assertThat(value).contains("IllegalStateException"));
        assertThat(TopicReader.header(dead, "kafka_dlt-exception-cause-fqcn")).isEqualTo(IllegalStateException.class.getName());
        assertThat(TopicReader.header(dead, EventFailures.REFUSAL_HEADER)).as("a failure is no refusal").isNull();
        assertThat(headerNames(dead)).contains("kafka_dlt-exception-fqcn", "kafka_dlt-exception-cause-fqcn",
                "kafka_dlt-exception-message", "kafka_dlt-exception-stacktrace", "kafka_dlt-original-topic",
                "kafka_dlt-original-partition", "kafka_dlt-original-offset");
        assertThat(deliveryAttempt(dead)).isEqualTo(3);
        // The effect was written before each failure and rolled back with the processed_event row.
        assertThat(effects(orderId)).isZero();
        assertThat(processed(event.id())).isFalse();
    }

    /**
     * One poll's events share a transaction. A refused one in the middle rolls it back: those before it are
     * applied on their own, and the error handler is told which record failed, without it running twice.
     * The listener is called directly with the poll, so the records surely arrive together.
     */
    @Test
    @SuppressWarnings("unchecked")
    void in_one_poll_the_events_before_a_refused_one_are_applied_once_and_the_refused_one_is_named_to_the_error_handler() {
        UUID first = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        script.refuse.add(refused);
        List<EventEnvelope<OrderCreated>> events = Stream.of(first, refused, last)
                .map(orderId -> EventEnvelope.of("/order-service", SampleEvents.orderCreated(orderId)))
                .toList();
        List<ConsumerRecord<String, byte[]>> poll = new ArrayList<>();
        for (int offset = 0; offset < events.size(); offset++) {
            poll.add(new ConsumerRecord<>(Topics.ORDER_EVENTS, 0, offset, first.toString(), json.structured(events.get(offset))));
        }
        var listener = (BatchMessageListener<String, byte[]>) consumer.container().getContainerProperties().getMessageListener();

        assertThatThrownBy(() -> listener.onMessage(poll))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
                    assertThat(failed.getRecord()).isSameAs(poll.get(1));
                    assertThat(EventFailures.classify(failed)).isEqualTo(EventFailures.Kind.UNPROCESSABLE);
                });
        assertThat(effects(first)).isEqualTo(1);
        assertThat(processed(events.get(0).id())).isTrue();
        assertThat(script.attemptsFor(first)).as("in the rolled-back transaction, then on its own").isEqualTo(2);
        assertThat(effects(refused)).isZero();
        assertThat(script.attemptsFor(refused)).as("refused once, not run again").isEqualTo(1);
        assertThat(effects(last)).as("left for the next delivery").isZero();
        assertThat(processed(events.get(2).id())).isFalse();

        listener.onMessage(poll.subList(2, 3));
        assertThat(effects(last)).isEqualTo(1);
        assertThat(script.attemptsFor(last)).as("not reached in the failed poll").isEqualTo(1);
    }

    @Test
    void a_failure_after_the_handler_wrote_leaves_neither_effect_nor_processed_row_and_the_retry_applies_it_once() {
        UUID orderId = UUID.randomUUID();
        script.failuresLeft.put(orderId, 1);
        EventEnvelope<OrderCreated> event = send(SampleEvents.orderCreated(orderId));

        await().atMost(WAIT).untilAsserted(() -> assertThat(processed(event.id())).isTrue());
        assertThat(script.attemptsFor(orderId)).isEqualTo(2);
        assertThat(effects(orderId)).as("the first attempt's write was rolled back").isEqualTo(1);
    }

    @Test
    void a_record_that_is_not_an_event_goes_to_the_dead_letter_topic_at_once() {
        String key = UUID.randomUUID().toString();
        sendRaw(key, "this is not a CloudEvent".getBytes(StandardCharsets.UTF_8));

        ConsumerRecord<String, byte[]> dead = deadLetterFor(key);

        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("this is not a CloudEvent");
        assertThat(exceptionHeaders(dead)).anySatisfy(value -> assertThat(value).contains("MalformedEventException"));
        assertThat(deliveryAttempt(dead)).as("not retried").isEqualTo(1);
    }

    @Test
    void an_event_whose_data_does_not_fit_its_type_goes_to_the_dead_letter_topic_without_running_the_handler() {
        UUID orderId = UUID.randomUUID();
        EventEnvelope<OrderCreated> event = EventEnvelope.of("/order-service", SampleEvents.orderCreated(orderId));
        String broken = new String(json.structured(event), StandardCharsets.UTF_8).replace("\"quantity\":2.50", "\"quantity\":\"lots\"");
        sendRaw(orderId.toString(), broken.getBytes(StandardCharsets.UTF_8));

        ConsumerRecord<String, byte[]> dead = deadLetterFor(orderId.toString());

        assertThat(exceptionHeaders(dead)).anySatisfy(value -> assertThat(value).contains("does not fit OrderCreated"));
        assertThat(script.attemptsFor(orderId)).isZero();
        assertThat(deliveryAttempt(dead)).as("not retried").isEqualTo(1);
    }

    @Test
    void events_of_a_type_without_handler_are_skipped() {
        UUID orderId = UUID.randomUUID();
        EventEnvelope<?> unhandled = send(SampleEvents.itemsChanged(orderId, 2));
        UUID markerOrder = UUID.randomUUID();
        sendWithKey(orderId.toString(), EventEnvelope.of("/order-service", SampleEvents.orderCreated(markerOrder)));

        await().atMost(WAIT).untilAsserted(() -> assertThat(effects(markerOrder)).isEqualTo(1));
        assertThat(processed(unhandled.id())).isFalse();
    }

    @Test
    void processed_rows_older_than_the_retention_are_deleted_whoever_the_consumer_and_recent_ones_kept() {
        UUID old = recordProcessed(CONSUMER, "2 hours");
        UUID oldOfRetiredConsumer = recordProcessed("inventory-service-retired", "2 hours");
        UUID recent = recordProcessed(CONSUMER, "10 minutes");

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(processed(old)).isFalse();
            assertThat(processedBy("inventory-service-retired", oldOfRetiredConsumer)).isFalse();
        });
        assertThat(processed(recent)).isTrue();
    }

    private <P extends EventPayload> EventEnvelope<P> send(P payload) {
        return send(EventEnvelope.of("/order-service", payload));
    }

    private <P extends EventPayload> EventEnvelope<P> send(EventEnvelope<P> envelope) {
        return sendWithKey(envelope.subject(), envelope);
    }

    private <P extends EventPayload> EventEnvelope<P> sendWithKey(String key, EventEnvelope<P> envelope) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(envelope.eventType().topic(), key, json.structured(envelope));
        CloudEventsJson.headers(envelope.attributes())
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        waitForAck(producer.send(record));
        return envelope;
    }

    private void sendRaw(String key, byte[] value) {
        waitForAck(producer.send(new ProducerRecord<>(Topics.ORDER_EVENTS, key, value)));
    }

    private static void waitForAck(Future<?> sent) {
        try {
            sent.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send the test record", e);
        }
    }

    private static ConsumerRecord<String, byte[]> deadLetterFor(String key) {
        List<ConsumerRecord<String, byte[]>> dead = TopicReader.readUntil(KAFKA.bootstrapServers(),
                Topics.deadLetterTopicOf(Topics.ORDER_EVENTS), Set.of(key), seen -> !seen.isEmpty(), WAIT);
        assertThat(dead).hasSize(1);
        return dead.getFirst();
    }

    private static List<String> exceptionHeaders(ConsumerRecord<String, byte[]> record) {
        return StreamSupport.stream(record.headers().spliterator(), false)
                .filter(header -> header.key().startsWith("kafka_dlt-exception"))
                .map(Header::value)
                .map(value -> new String(value, StandardCharsets.UTF_8))
                .toList();
    }

    private static List<String> headerNames(ConsumerRecord<String, byte[]> record) {
        return StreamSupport.stream(record.headers().spliterator(), false).map(Header::key).toList();
    }

    /** How many times the consumer had tried the record when it gave up on it. */
    private static int deliveryAttempt(ConsumerRecord<String, byte[]> record) {
        Header attempt = record.headers().lastHeader("kafka_deliveryAttempt");
        assertThat(attempt).as("kafka_deliveryAttempt header").isNotNull();
        return ByteBuffer.wrap(attempt.value()).getInt();
    }

    private long effects(UUID orderId) {
        return database.sql("SELECT count(*) AS effects FROM test_effect WHERE order_id = $1")
                .bind(0, orderId)
                .map((row, metadata) -> row.get("effects", Long.class))
                .one()
                .block();
    }

    private UUID recordProcessed(String consumer, String ago) {
        UUID eventId = UUID.randomUUID();
        long inserted = database.sql("INSERT INTO atelier_platform.processed_event (consumer, event_id, event_type,"
                        + " processed_at) VALUES ($1, $2, 'order.created', clock_timestamp() - $3::interval)")
                .bind(0, consumer)
                .bind(1, eventId)
                .bind(2, ago)
                .fetch()
                .rowsUpdated()
                .block();
        assertThat(inserted).isEqualTo(1);
        return eventId;
    }

    private boolean processed(UUID eventId) {
        return processedBy(CONSUMER, eventId);
    }

    private boolean processedBy(String consumer, UUID eventId) {
        return database.sql("SELECT count(*) AS found FROM atelier_platform.processed_event"
                        + " WHERE consumer = $1 AND event_id = $2")
                .bind(0, consumer)
                .bind(1, eventId)
                .map((row, metadata) -> row.get("found", Long.class))
                .one()
                .block() > 0;
    }
}
