package dev.atelier.platform.outbox;

import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.ReliableProducerSettings;
import dev.atelier.platform.observability.TraceHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The relay's Kafka side: its own idempotent producer ({@code acks=all}, timeouts within
 * {@code publish-timeout}), CloudEvents records with the appending transaction's trace headers,
 * and sends on one thread of its own, since {@link KafkaTemplate#send} may block for metadata.
 */
final class OutboxPublisher {

    /** What became of one event: sent, or the error that stopped it. */
    record Outcome(PendingEvent event, @Nullable Throwable error) {
        boolean failed() {
            return error != null;
        }
    }

    private final CloudEventsJson json;
    private final OutboxProperties properties;
    private final DefaultKafkaProducerFactory<String, byte[]> producerFactory;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Scheduler sendThread;

    OutboxPublisher(CloudEventsJson json, Map<String, Object> producerConfig, OutboxProperties properties) {
        this.json = Objects.requireNonNull(json, "json");
        this.properties = Objects.requireNonNull(properties, "properties");
        this.producerFactory = new DefaultKafkaProducerFactory<>(producerConfig(producerConfig, properties),
                new StringSerializer(), new ByteArraySerializer());
        this.kafka = new KafkaTemplate<>(producerFactory);
        // Failures are logged once, with the row they belong to, by the relay.
        this.kafka.setProducerListener(new ProducerListener<>() {});
        this.sendThread = Schedulers.newSingle("outbox-relay-send", true);
    }

    /** The producer settings the relay uses on top of {@code base}. */
    static Map<String, Object> producerConfig(Map<String, Object> base, OutboxProperties properties) {
        Map<String, Object> config = ReliableProducerSettings.from(base, "-outbox");
        long timeout = properties.publishTimeout().toMillis();
        // No linger unless the operator sets one (Kafka's default is 5 ms): the relay sends a key's events one at
        // a time, each after the last one's ack, so a linger delayed every event of a busy key (an item every
        // order reserves: about 5 ms each, 200 a second at most). Other keys' sends overlap and still share
        // requests while one is in flight.
        long linger = number(config.get(ProducerConfig.LINGER_MS_CONFIG), 0);
        long requestTimeout = Math.min(number(config.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG), 30_000),
                timeout - linger);
        if (requestTimeout < 1) {
            throw new IllegalArgumentException("atelier.outbox.publish-timeout (" + timeout
                    + " ms) must exceed the producer's linger.ms (" + linger + " ms)");
        }
        // The broker must answer within the publish timeout; the producer gives up by itself then.
        config.put(ProducerConfig.LINGER_MS_CONFIG, (int) linger);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestTimeout);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        return config;
    }

    /** Keys side by side; within a key one at a time, stopping at the first failure. */
    Mono<List<Outcome>> publish(List<List<PendingEvent>> runs) {
        if (runs.isEmpty()) {
            return Mono.just(List.of());
        }
        return Flux.fromIterable(runs)
                .flatMap(run -> Flux.fromIterable(run)
                        .concatMap(event -> send(event)
                                .thenReturn(new Outcome(event, null))
                                .onErrorResume(e -> Mono.just(new Outcome(event, e))), 1)
                        .takeUntil(Outcome::failed), runs.size())
                .collectList();
    }

    private Mono<Void> send(PendingEvent event) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventsJson.headers(event.attributes())
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        // The appending transaction's trace context: the consumer's span continues that trace.
        if (event.trace().traceparent() != null) {
            headers.add(TraceHeaders.TRACEPARENT, event.trace().traceparent().getBytes(StandardCharsets.UTF_8));
        }
        if (event.trace().tracestate() != null) {
            headers.add(TraceHeaders.TRACESTATE, event.trace().tracestate().getBytes(StandardCharsets.UTF_8));
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), null, event.key(),
                json.structured(event.attributes(), event.dataJson()), headers);
        return Mono.fromFuture(() -> kafka.send(record), true)
                .subscribeOn(sendThread)
                // The producer times out by itself (delivery.timeout.ms); this only guards against a lost callback.
                .timeout(properties.publishTimeout().plusSeconds(5))
                .then();
    }

    /** Closes the producer; the next send opens a new one. */
    void closeProducer() {
        producerFactory.reset();
    }

    /** Closes the producer and the send thread for good. */
    void destroy() {
        producerFactory.destroy();
        sendThread.dispose();
    }

    private static long number(@Nullable Object value, long fallback) {
        if (value == null) {
            return fallback;
        }
        return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString().trim());
    }
}
