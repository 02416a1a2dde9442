package dev.atelier.drills.stock;

import dev.atelier.apiclient.Answer;
import dev.atelier.drills.Drill;
import dev.atelier.drills.DrillContext;
import dev.atelier.drills.DrillReport;
import dev.atelier.drills.Poll;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * customer-service stops: an order for a customer order-service already knows (heard on
 * customer.changed) is still created; one for a customer it would have to ask about answers 503 naming
 * customer-service, quickly once the circuit is open, and stores nothing; customer-service starts
 * again: it is asked again without restarting anything else.
 */
public final class NeighbourDownDrill implements Drill {

    static final int CALLS = 20;
    /** The last calls must be answered within this: the circuit is open, nobody waits for a timeout. */
    static final Duration FAST = Duration.ofMillis(500);
    static final Duration RECOVERY = Duration.ofMinutes(2);
    /** The breaker's calls in the half-open state (order-service's application.yml), all answered. */
    static final int ANSWERS_IN_A_ROW = 3;

    @Override
    public String name() {
        return "neighbour-down";
    }

    @Override
    public String summary() {
        return "customer-service stopped: orders for known customers still go through, others are a fast 503 with nothing "
                + "stored; started: it is asked again";
    }

    @Override
    public void run(DrillContext context, DrillReport report) throws Exception {
        StockFixture fixture = new StockFixture(context.api(), name());
        String item = fixture.item(1000);
        fixture.customer();
        Answer before = fixture.order(item, 1, "drill neighbour before");
        report.check("an order is created while customer-service is up (HTTP " + before.status() + ")", before.status() == 201);

        context.stopService("customer");
        Answer known = fixture.order(item, 1, "drill neighbour known customer");
        report.check("an order for a customer order-service knows is created while customer-service is down (HTTP "
                + known.status() + ")", known.status() == 201);
        long ordersBefore = orderRows(context);
        // a customer order-service has never heard of: only customer-service can answer for it
        String stranger = UUID.randomUUID().toString();
        report.say("customer-service stopped; %d order creations for a customer order-service must ask about", CALLS);
        List<Long> millis = new ArrayList<>();
        int unavailable = 0;
        int naming = 0;
        for (int i = 0; i < CALLS; i++) {
            long t0 = System.nanoTime();
            Answer answer = context.api().postJson("/api/orders", fixture.lead(), StockFixture.orderJson(stranger, item, 1, "drill neighbour " + i));
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
        report.say("customer-service ready and in Eureka again after %.1f s; asking about the stranger every second until "
                + "customer-service answers %d times in a row", started.toMillis() / 1e3, ANSWERS_IN_A_ROW);
        long t0 = System.nanoTime();
        AtomicInteger attempts = new AtomicInteger();
        // One answer is not recovery: the circuit breaker's half-open trial lets a few calls through and opens
        // again if most of them failed, so the next caller would still get a 503. Answers in a row close it.
        Answer answer = Poll.until(inARow(() -> {
            attempts.incrementAndGet();
            return context.api().postJson("/api/orders", fixture.lead(),
                    StockFixture.orderJson(stranger, item, 1, "drill neighbour after"));
        }, 422), reply -> reply.status() == 422, Duration.ofSeconds(1), RECOVERY);
        report.say("customer-service answered again %.1f s after it was ready (%d attempts)", (System.nanoTime() - t0) / 1e9,
                attempts.get());
        report.check("customer-service is asked again without restarting anything else: the stranger is an unknown "
                + "customer (HTTP " + answer.status() + ")", answer.status() == 422);
        Answer after = fixture.order(item, 1, "drill neighbour after");
        report.check("an order for the known customer is created (HTTP " + after.status() + ")", after.status() == 201);
        awaitGatewayRoute(context, fixture, report);
    }

    /**
     * The gateway finds customer-service through its own registry cache, which may still be empty when
     * order-service already reaches it; the drill ends only when the suite is whole again, so the drills
     * after it do not meet a 503 this one caused.
     */
    private static void awaitGatewayRoute(DrillContext context, StockFixture fixture, DrillReport report)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Answer answer = Poll.until(inARow(() -> context.api().get("/api/customers?size=1", fixture.lead()), 200),
                reply -> reply.status() == 200, Duration.ofMillis(500), RECOVERY);
        report.check("the gateway routes to customer-service again (HTTP " + answer.status() + String.format(
                Locale.ROOT, ", %.1f s after the orders went through)", (System.nanoTime() - t0) / 1e9),
                answer.status() == 200);
    }

    /** One read that asks until {@code status} came {@link #ANSWERS_IN_A_ROW} times in a row, or another status came. */
    private static Poll.Read<Answer, IOException> inARow(Poll.Read<Answer, IOException> ask, int status) {
        return () -> {
            Answer answer = ask.get();
            for (int seen = 1; seen < ANSWERS_IN_A_ROW && answer.status() == status; seen++) {
                answer = ask.get();
            }
            return answer;
        };
    }

    private static long orderRows(DrillContext context) throws SQLException {
        try (Connection connection = context.database("order_service"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM customer_order")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
