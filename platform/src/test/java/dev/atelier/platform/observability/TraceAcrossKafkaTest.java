package dev.atelier.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.consumer.EventHandler;
import dev.atelier.platform.event.AtelierTopics;
import dev.atelier.platform.event.EventType;
import dev.atelier.platform.event.OrderCreated;
import dev.atelier.platform.event.SampleEvents;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.outbox.Outbox;
import dev.atelier.platform.test.KafkaBroker;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.platform.test.TopicReader;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * One trace from the producer's work across Kafka into the consumer: the event is appended to
 * the outbox inside a traced request, the relay publishes it later from its own thread with the
 * request's {@code traceparent}, and the consumer's handler runs in a span of the same trace.
 * Everything auto-configured as in a service (real PostgreSQL, a real broker).
 */
@SpringBootTest(classes = TraceAcrossKafkaTest.TracedService.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "spring.application.name=order-service",
                "spring.flyway.locations=classpath:db/test",
                "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "atelier.outbox.poll-interval=100ms",
                "atelier.consumer.group-id=trace-test" })
@DirtiesContext
class TraceAcrossKafkaTest {

    private static final KafkaBroker KAFKA = TestInfrastructure.kafka();
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** What the consumer's handler saw as its current trace context, per order. */
    static final Map<UUID, TraceHeaders> SEEN_BY_CONSUMER = new ConcurrentHashMap<>();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.postgres("tracing").registerWith(registry);
        KAFKA.registerWith(registry);
    }

    @BeforeAll
    static void topics() {
        AtelierTopics.createAll(KAFKA.bootstrapServers());
    }

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionalOperator transactions;

    @Autowired
    ObservationRegistry observations;

    @Autowired
    Tracer tracer;

    @Test
    void the_consumers_span_continues_the_trace_of_the_request_that_appended_the_event() {
        UUID orderId = UUID.randomUUID();
        Observation request = Observation.start("test.request", observations);
        String traceId;
        try (Observation.Scope scope = request.openScope()) {
            Span span = tracer.currentSpan();
            assertThat(span).as("a real tracer is configured, as in the services").isNotNull();
            traceId = span.context().traceId();
        }
        outbox.append(SampleEvents.orderCreated(orderId)).as(transactions::transactional)
                .contextWrite(context -> context.put(ObservationThreadLocalAccessor.KEY, request))
                .block();
        request.stop();

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(KAFKA.bootstrapServers(),
                Topics.ORDER_EVENTS, Set.of(orderId.toString()), seen -> !seen.isEmpty(), WAIT);
        assertThat(TopicReader.header(records.getFirst(), "traceparent")).contains(traceId);

        TraceHeaders consumer = Awaitility.await("the consumer handles the event").atMost(WAIT)
                .until(() -> SEEN_BY_CONSUMER.get(orderId), Objects::nonNull);
        assertThat(consumer.traceparent()).as("the consumer's trace context").contains(traceId);
        // A span of its own in that trace, not the producer's span replayed.
        assertThat(consumer.traceparent()).isNotEqualTo(TopicReader.header(records.getFirst(), "traceparent"));
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TracedService {

        @Bean
        TransactionalOperator transactionalOperator(ReactiveTransactionManager transactionManager) {
            return TransactionalOperator.create(transactionManager);
        }

        @Bean
        EventHandler<OrderCreated> traceRecorder(TraceContextSource traces) {
            return EventHandler.on(EventType.ORDER_CREATED, event -> traces.current()
                    .doOnNext(headers -> SEEN_BY_CONSUMER.put(event.data().orderId(), headers))
                    .then(Mono.empty()));
        }
    }
}
