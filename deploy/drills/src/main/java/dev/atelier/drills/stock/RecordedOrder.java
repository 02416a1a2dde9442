package dev.atelier.drills.stock;

import dev.atelier.apiclient.Answer;
import dev.atelier.drills.DrillContext;
import dev.atelier.drills.DrillReport;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What the duplicate-events and dead-letter drills publish again and then check: an order of {@code units}
 * of a new item, settled by the stock saga, and its one {@code order.created} record as the order topic holds it.
 *
 * @param since just before the order: where reading its events starts
 * @param orderCreated the order's {@code order.created} record
 */
record RecordedOrder(String item, String order, long units, Instant since, EventLog events, ConsumerRecord<byte[], byte[]> orderCreated) {

    /** The order and its event; null when either is missing, which the report has said as a failed check. */
    static RecordedOrder place(DrillContext context, DrillReport report, String drill, long units)
            throws IOException, InterruptedException, SQLException {
        StockFixture fixture = new StockFixture(context.api(), drill);
        String item = fixture.item(10);
        Instant since = Instant.now().minusSeconds(5);
        Answer created = fixture.order(item, units, "drill " + drill);
        if (created.status() != 201) {
            report.abort("creating the order: HTTP " + created.status() + " " + created.body());
            return null;
        }
        String order = created.text("id");
        report.say("order %s for %d units of item %s: %s", order, units, item,
                SagaOutcomes.awaitSettled(context, List.of(order), Duration.ofSeconds(30)));
        EventLog events = new EventLog(context.kafkaBootstrap());
        List<ConsumerRecord<byte[], byte[]>> records = events.read(EventLog.ORDER_EVENTS, since,
                record -> EventLog.isOf(record, order, "order.created"), Duration.ofSeconds(3));
        if (!report.checkEquals("order.created records of the order on " + EventLog.ORDER_EVENTS, 1, records.size())) {
            return null;
        }
        return new RecordedOrder(item, order, units, since, events, records.getFirst());
    }

    /** Whatever was published again, the item's ledger holds one reservation for the order, of its units. */
    void checkReservedOnce(DrillContext context, DrillReport report, String what) throws SQLException {
        StockLedger ledger = StockLedger.read(context, item);
        long reservedForOrder = ledger.changes().stream()
                .filter(change -> change.reason().equals("RESERVED") && order.equals(String.valueOf(change.orderId()))).count();
        report.checkEquals(what, 1, reservedForOrder);
        ledger.check(report, units);
    }
}
