package dev.atelier.drills.stock;

import dev.atelier.drills.Drill;
import dev.atelier.drills.DrillContext;
import dev.atelier.drills.DrillReport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An order's {@code order.created} event published five more times, exactly as it was (a redelivery),
 * and five more times under new event ids (a producer that sent it again): inventory-service still
 * holds one reservation for the order.
 */
public final class DuplicateEventsDrill implements Drill {

    static final int COPIES = 5;
    static final long UNITS = 2;
    static final String INVENTORY_GROUP = "inventory-service";
    static final Duration CONSUMED = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "duplicates";
    }

    @Override
    public String summary() {
        return "the same order.created published 5 times as it was and 5 times under new ids: one reservation";
    }

    @Override
    public void run(DrillContext context, DrillReport report) throws Exception {
        RecordedOrder recorded = RecordedOrder.place(context, report, name(), UNITS);
        if (recorded == null) {
            return;
        }
        ConsumerRecord<byte[], byte[]> original = recorded.orderCreated();
        EventLog events = recorded.events();

        List<ProducerRecord<byte[], byte[]>> copies = new ArrayList<>();
        for (int i = 0; i < COPIES; i++) {
            copies.add(new ProducerRecord<>(original.topic(), null, original.key(), original.value(), original.headers()));
        }
        awaitConsumed(events, report, events.publish(copies), "as it was (same event id)");

        List<ProducerRecord<byte[], byte[]>> renamed = new ArrayList<>();
        for (int i = 0; i < COPIES; i++) {
            renamed.add(withNewId(original));
        }
        awaitConsumed(events, report, events.publish(renamed), "under new event ids");

        recorded.checkReservedOnce(context, report, "RESERVED changes for the order");
        report.checkEquals("orders RESERVED in order-service", 1,
                SagaOutcomes.of(context, List.of(recorded.order())).getOrDefault("RESERVED", 0L));
        long answers = events.read(EventLog.STOCK_EVENTS, recorded.since(),
                record -> EventLog.isOf(record, recorded.order(), "stock.reservation-updated"), Duration.ofSeconds(3)).size();
        report.checkEquals("stock.reservation-updated answers for the order (the copies add none)", 1, answers);
    }

    private static void awaitConsumed(EventLog events, DrillReport report, List<RecordMetadata> sent, String how) throws Exception {
        RecordMetadata last = sent.getLast();
        report.say("published %d copies %s to %s partition %d, offsets %d-%d", sent.size(), how, last.topic(), last.partition(),
                sent.getFirst().offset(), last.offset());
        boolean consumed = events.awaitConsumed(INVENTORY_GROUP, new TopicPartition(last.topic(), last.partition()), last.offset(), CONSUMED);
        report.check("inventory-service consumed the copies " + how, consumed);
    }

    /** The same event under a new CloudEvents id, in the header and in the envelope. */
    static ProducerRecord<byte[], byte[]> withNewId(ConsumerRecord<byte[], byte[]> original) {
        String id = UUID.randomUUID().toString();
        ObjectNode envelope = (ObjectNode) JSON.readTree(original.value());
        envelope.put("id", id);
        List<Header> headers = new ArrayList<>();
        for (Header header : original.headers()) {
            headers.add(header.key().equals("ce_id") ? new RecordHeader("ce_id", id.getBytes(StandardCharsets.UTF_8)) : header);
        }
        return new ProducerRecord<>(original.topic(), null, original.key(), JSON.writeValueAsBytes(envelope), headers);
    }
}
