package dev.atelier.drills.stock;

import dev.atelier.deadletters.DeadLetterReplay;
import dev.atelier.drills.Drill;
import dev.atelier.drills.DrillContext;
import dev.atelier.drills.DrillReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dead-letter path end to end: an order's real {@code order.created} is parked in
 * {@code atelier.order-events.dlt} (as an incident would leave it) next to a forged copy from another
 * source. Inventory's depth gauge counts them; {@code ./atelier dlt replay} publishes both again: the real
 * one is consumed and changes nothing (it was applied before: still one reservation), the forged one is
 * refused as untrusted by every service that consumes the topic, each parking its own copy, and never applied.
 */
public final class DeadLetterDrill implements Drill {

    static final String DEAD_LETTERS = EventLog.ORDER_EVENTS + DeadLetterReplay.SUFFIX;
    static final long UNITS = 2;
    /** The consumer groups of the order topic that refuse a forgery, each parking a copy of it. */
    static final Set<String> ORDER_EVENT_CONSUMERS = Set.of("inventory-service", "notification-service");
    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DEPTH = Pattern.compile("(?m)^atelier_consumer_dead_letters\\{[^}]*topic=\""
            + Pattern.quote(EventLog.ORDER_EVENTS) + "\"[^}]*} ([0-9.eE+-]+)$");

    @Override
    public String name() {
        return "dlt";
    }

    @Override
    public String summary() {
        return "a real and a forged order event parked in the DLT, counted, replayed: one reservation, the forgery refused again";
    }

    @Override
    public void run(DrillContext context, DrillReport report) throws Exception {
        RecordedOrder recorded = RecordedOrder.place(context, report, name(), UNITS);
        if (recorded == null) {
            return;
        }
        EventLog events = recorded.events();

        String forgedId = UUID.randomUUID().toString();
        Instant parkedAt = Instant.now().minusSeconds(1);
        ConsumerRecord<byte[], byte[]> original = recorded.orderCreated();
        events.publish(List.of(new ProducerRecord<>(DEAD_LETTERS, null, original.key(), original.value(), original.headers()),
                forged(original, DEAD_LETTERS, forgedId)));
        report.say("parked the order's order.created and a forged copy (source /drill-forger, id %s) in %s", forgedId,
                DEAD_LETTERS);

        Double depth = awaitDepth(context, report, Duration.ofSeconds(75));
        if (depth != null) {
            report.check("inventory's atelier_consumer_dead_letters{topic=\"" + EventLog.ORDER_EVENTS + "\"} counts them ("
                    + depth + ")", depth >= 2);
        }

        DeadLetterReplay.Outcome replayed = DeadLetterReplay.at(context.kafkaBootstrap())
                .replay(EventLog.ORDER_EVENTS, Duration.ofMinutes(2));
        report.say("./atelier dlt replay %s: %d record(s) published again, %d left parked as untrusted",
                EventLog.ORDER_EVENTS, replayed.republished(), replayed.leftUntrusted());
        // the drill parks its forgery without a consumer's refusal headers, so this first replay sends it
        report.check("the replay published both", replayed.republished() >= 2);

        List<ConsumerRecord<byte[], byte[]>> parkedAgain = new ArrayList<>();
        int expectedCopies = 1 + ORDER_EVENT_CONSUMERS.size();
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (parkedAgain.size() < expectedCopies && System.nanoTime() < deadline) {
            parkedAgain = events.read(DEAD_LETTERS, parkedAt, record -> forgedId.equals(header(record, "ce_id")),
                    Duration.ofSeconds(2));
        }
        report.checkEquals("copies of the forged event in the DLT (parked, then refused again by each consumer)",
                expectedCopies, parkedAgain.size());
        Set<String> refusedBy = parkedAgain.stream().map(record -> header(record, "kafka_dlt-original-consumer-group"))
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        report.check("the consumer groups that refused it: " + refusedBy + " (expected "
                + new TreeSet<>(ORDER_EVENT_CONSUMERS) + ")", refusedBy.equals(new TreeSet<>(ORDER_EVENT_CONSUMERS)));
        report.check("its dead-letter reason is the untrusted source", parkedAgain.stream()
                // spring-kafka names the listener's wrapper in -fqcn and what it wrapped in -cause-fqcn
                .anyMatch(record -> (header(record, "kafka_dlt-exception-fqcn") + " "
                        + header(record, "kafka_dlt-exception-cause-fqcn")).contains("UntrustedEventException")));

        // a second replay must not send the refused copies round again (each consumer would park another)
        DeadLetterReplay.Outcome again = DeadLetterReplay.at(context.kafkaBootstrap())
                .replay(EventLog.ORDER_EVENTS, Duration.ofMinutes(2));
        report.check("a second replay leaves the refused copies parked (" + again.leftUntrusted() + " left)",
                again.leftUntrusted() >= ORDER_EVENT_CONSUMERS.size());
        report.checkEquals("copies of the forged event in the DLT after the second replay", expectedCopies,
                events.read(DEAD_LETTERS, parkedAt, record -> forgedId.equals(header(record, "ce_id")),
                        Duration.ofSeconds(5)).size());

        recorded.checkReservedOnce(context, report, "RESERVED changes for the order after the replay (applied once)");
    }

    /** The same event under a new id, from a source that does not own the topic. */
    static ProducerRecord<byte[], byte[]> forged(ConsumerRecord<byte[], byte[]> original, String topic, String id) {
        ObjectNode envelope = (ObjectNode) JSON.readTree(original.value());
        envelope.put("id", id);
        envelope.put("source", "/drill-forger");
        List<Header> headers = new ArrayList<>();
        for (Header header : original.headers()) {
            switch (header.key()) {
                case "ce_id" -> headers.add(new RecordHeader("ce_id", id.getBytes(StandardCharsets.UTF_8)));
                case "ce_source" -> headers.add(new RecordHeader("ce_source", "/drill-forger".getBytes(StandardCharsets.UTF_8)));
                default -> headers.add(header);
            }
        }
        return new ProducerRecord<>(topic, null, original.key(), JSON.writeValueAsBytes(envelope), headers);
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The gauge from inventory-service's own port once it reaches 2; null (said why) when it cannot be read. */
    private static Double awaitDepth(DrillContext context, DrillReport report, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create(context.serviceUrl("inventory") + "/actuator/prometheus");
        long deadline = System.nanoTime() + timeout.toNanos();
        double last = -1;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    report.say("inventory's metrics answered HTTP %d; the depth gauge is not checked", answer.statusCode());
                    return null;
                }
                Matcher matcher = DEPTH.matcher(answer.body());
                if (matcher.find()) {
                    last = Double.parseDouble(matcher.group(1));
                    if (last >= 2) {
                        return last;
                    }
                }
            } catch (IOException e) {
                report.say("inventory's metrics unreadable (%s); the depth gauge is not checked", e.getMessage());
                return null;
            }
            Thread.sleep(1000);
        }
        return last;
    }
}
