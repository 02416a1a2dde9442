package dev.atelier.drills.stock;

import dev.atelier.apiclient.Answer;
import dev.atelier.drills.Drill;
import dev.atelier.drills.DrillContext;
import dev.atelier.drills.DrillReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * 200 orders of one unit each, sent at once through the gateway, compete for 50 units: exactly 50 end
 * RESERVED and 150 SHORT, the stock never goes negative and its change log adds up.
 */
public final class OversellDrill implements Drill {

    static final int ORDERS = 200;
    static final int UNITS = 50;
    static final Duration SETTLE = Duration.ofSeconds(90);

    @Override
    public String name() {
        return "oversell";
    }

    /** Its 200 creates at once outlast the gateway's time limit on a cold suite. */
    @Override
    public boolean needsWarmSuite() {
        return true;
    }

    @Override
    public String summary() {
        return ORDERS + " concurrent orders for " + UNITS + " units: exactly " + UNITS + " reserved, the rest SHORT, stock never negative";
    }

    @Override
    public void run(DrillContext context, DrillReport report) throws Exception {
        StockFixture fixture = new StockFixture(context.api(), name());
        String item = fixture.item(UNITS);
        String customer = fixture.customer();
        report.say("item %s with %d units; sending %d orders of 1 unit at once through the gateway", item, UNITS, ORDERS);

        Queue<String> created = new ConcurrentLinkedQueue<>();
        Map<Integer, Integer> refused = new ConcurrentHashMap<>();
        Map<Integer, String> firstRefusal = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        long t0;
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < ORDERS; i++) {
                int n = i;
                callers.submit(() -> {
                    start.await();
                    Answer answer = context.api().postJson("/api/orders", fixture.lead(),
                            StockFixture.orderJson(customer, item, 1, "drill oversell " + n));
                    if (answer.status() == 201) {
                        created.add(answer.text("id"));
                    } else {
                        refused.merge(answer.status(), 1, Integer::sum);
                        firstRefusal.putIfAbsent(answer.status(), answer.body());
                    }
                    return null;
                });
            }
            t0 = System.nanoTime();
            start.countDown();
            callers.shutdown();
            callers.awaitTermination(2, TimeUnit.MINUTES);
        }
        report.say("%d created, refused by status %s, in %.1f s", created.size(), refused, (System.nanoTime() - t0) / 1e9);
        firstRefusal.forEach((status, body) -> report.say("first %d: %s", status, body));
        report.checkEquals("orders created", ORDERS, created.size());

        Map<String, Long> outcomes = SagaOutcomes.awaitSettled(context, List.copyOf(created), SETTLE);
        report.say("stock status of the created orders: %s", outcomes);
        report.checkEquals("orders RESERVED", Math.min(UNITS, created.size()), outcomes.getOrDefault("RESERVED", 0L));
        report.checkEquals("orders SHORT", Math.max(0, created.size() - UNITS), outcomes.getOrDefault("SHORT", 0L));
        report.checkEquals("orders still waiting (RESERVING) after " + SETTLE.toSeconds() + " s", 0, outcomes.getOrDefault("RESERVING", 0L));

        StockLedger.read(context, item).check(report, Math.min(UNITS, created.size()));
    }
}
