package dev.atelier.drills.stock;

import dev.atelier.apiclient.Answer;
import dev.atelier.drills.Drill;
import dev.atelier.drills.DrillContext;
import dev.atelier.drills.DrillReport;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * customer-service stops: creating an order answers 503 naming it, quickly once the circuit is open,
 * and stores nothing; customer-service starts again: creation works again without restarting
 * anything else.
 */
public final class NeighbourDownDrill implements Drill {

    static final int CALLS = 20;
    /** The last calls must be answered within this: the circuit is open, nobody waits for a timeout. */
    static final Duration FAST = Duration.ofMillis(500);
    static final Duration RECOVERY = Duration.ofMinutes(2);

    @Override
    public String name() {
        return "neighbour-down";
    }

    @Override
    public String summary() {
        return "customer-service stopped: creating an order is a fast 503, nothing stored; started: creation works again";
    }

    @Override
    public void run(DrillContext context, DrillReport report) throws Exception {
        StockFixture fixture = new StockFixture(context.api(), name());
        String item = fixture.item(1000);
        String customer = fixture.customer();
        Answer before = fixture.order(item, 1, "drill neighbour before");
        report.check("an order is created while customer-service is up (HTTP " + before.status() + ")", before.status() == 201);
        long ordersBefore = orderRows(context);

        context.stopService("customer");
        report.say("customer-service stopped; %d order creations one after another", CALLS);
        List<Long> millis = new ArrayList<>();
        int unavailable = 0;
        int naming = 0;
        for (int i = 0; i < CALLS; i++) {
            long t0 = System.nanoTime();
            Answer answer = context.api().postJson("/api/orders", fixture.lead(), StockFixture.orderJson(customer, item, 1, "drill neighbour " + i));
            millis.add((System.nanoTime() - t0) / 1_000_000);
            if (answer.status() == 503) {
                unavailable++;
                if (answer.text("service").equals("customer-service")) {
                    naming++;
                }
            }
        }
        report.say("answer times in ms, in order: %s", millis);
        report.checkEquals("answers 503", CALLS, unavailable);
        report.checkEquals("503 problems naming customer-service", CALLS, naming);
        long slowestLast = millis.subList(CALLS / 2, CALLS).stream().mapToLong(Long::longValue).max().orElse(Long.MAX_VALUE);
        report.check("the last " + CALLS / 2 + " answered within " + FAST.toMillis() + " ms (slowest " + slowestLast + " ms)",
                slowestLast < FAST.toMillis());
        report.checkEquals("orders stored while it was down", 0, orderRows(context) - ordersBefore);

        Duration started = context.startService("customer");
        report.say("customer-service ready and in Eureka again after %.1f s; creating an order every second until one is created",
                started.toMillis() / 1e3);
        long t0 = System.nanoTime();
        long deadline = t0 + RECOVERY.toNanos();
        Answer answer;
        int attempts = 0;
        do {
            attempts++;
            answer = fixture.order(item, 1, "drill neighbour after");
            if (answer.status() != 201) {
                Thread.sleep(1000);
            }
        } while (answer.status() != 201 && System.nanoTime() < deadline);
        report.say("created again %.1f s after it was ready (%d attempts)", (System.nanoTime() - t0) / 1e9, attempts);
        report.check("order creation works again without restarting anything else", answer.status() == 201);
    }

    private static long orderRows(DrillContext context) throws SQLException {
        try (Connection connection = context.database("order_service"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM customer_order")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
