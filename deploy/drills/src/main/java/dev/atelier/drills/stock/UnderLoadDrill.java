package dev.atelier.drills.stock;

import dev.atelier.drills.Drill;
import dev.atelier.drills.DrillContext;
import dev.atelier.drills.DrillReport;
import dev.atelier.load.WrkStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Something breaks while orders keep coming through the gateway, then comes back: every accepted
 * order still reaches RESERVED (the item has plenty), none is lost, none is reserved twice, and the
 * stock's change log adds up. The breakage is the broker stopped for 30 s ({@link #brokerOutage()})
 * or inventory-service killed with SIGKILL and started again ({@link #crash()}).
 */
public final class UnderLoadDrill implements Drill {

    /** What breaks and how it comes back; says what it did. */
    interface Breakage {
        void breakAndRecover(DrillContext context, DrillReport report) throws Exception;
    }

    static final double RATE = 10;
    static final Duration BEFORE = Duration.ofSeconds(5);
    static final Duration AFTER = Duration.ofSeconds(5);
    static final Duration SETTLE = Duration.ofMinutes(2);
    static final Duration BROKER_DOWN = Duration.ofSeconds(30);
    /** The stream's limit: more than a break and a start take; wrk sends the token of its start (Keycloak's last 5 minutes). */
    static final Duration LONGEST = Duration.ofMinutes(4);

    private final String name;
    private final String summary;
    private final Breakage breakage;

    UnderLoadDrill(String name, String summary, Breakage breakage) {
        this.name = name;
        this.summary = summary;
        this.breakage = breakage;
    }

    public static UnderLoadDrill brokerOutage() {
        return new UnderLoadDrill("broker-outage", "Kafka stopped for " + BROKER_DOWN.toSeconds()
                + " s under load: every order still RESERVED, none lost, none applied twice", (context, report) -> {
                    context.stopKafka();
                    report.say("Kafka stopped; orders keep coming for %d s", BROKER_DOWN.toSeconds());
                    Thread.sleep(BROKER_DOWN);
                    Duration started = context.startKafka();
                    report.say("Kafka started again (answering after %.1f s)", started.toMillis() / 1e3);
                });
    }

    public static UnderLoadDrill crash() {
        return new UnderLoadDrill("crash", "inventory-service killed (SIGKILL) under load and started again: every order still"
                + " RESERVED, none lost, none applied twice", (context, report) -> {
                    context.killService("inventory");
                    report.say("inventory-service killed with SIGKILL; starting it again");
                    Duration started = context.startService("inventory");
                    report.say("inventory-service ready and in Eureka again after %.1f s", started.toMillis() / 1e3);
                });
    }

    @Override
    public String name() {
        return name;
    }

    /** Every refused create counts against it: on a cold suite 51 of 507 were refused (broker-outage), warm none. */
    @Override
    public boolean needsWarmSuite() {
        return true;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public void run(DrillContext context, DrillReport report) throws Exception {
        StockFixture fixture = new StockFixture(context.api(), name());
        String item = fixture.item(1_000_000);
        report.say("item %s with 1,000,000 units; creating orders of 1 unit at %.0f/s through the gateway", item, RATE);
        WrkStream.Answers answers;
        try (WrkStream stream = context.load().stream(fixture.orderCall(item, "drill stream"), RATE, LONGEST)) {
            Thread.sleep(BEFORE);
            try {
                breakage.breakAndRecover(context, report);
            } finally {
                Thread.sleep(AFTER);
                answers = stream.stop();
            }
        }
        List<String> accepted = answers.accepted();
        Map<String, Integer> refused = answers.notAccepted();
        report.say("%d orders accepted (201), refused: %s", accepted.size(), refused);
        report.check("orders were accepted while it broke", !accepted.isEmpty());
        report.checkEquals("orders refused", 0, refused.values().stream().mapToInt(Integer::intValue).sum());

        long settling = System.nanoTime();
        Map<String, Long> outcomes = SagaOutcomes.awaitSettled(context, accepted, SETTLE);
        report.say("stock status of the accepted orders: %s, %.1f s after the load stopped", outcomes, (System.nanoTime() - settling) / 1e9);
        report.checkEquals("accepted orders missing from order-service (lost)", 0, accepted.size() - SagaOutcomes.total(outcomes));
        report.checkEquals("accepted orders RESERVED", accepted.size(), outcomes.getOrDefault("RESERVED", 0L));
        StockLedger.read(context, item).check(report, accepted.size());
    }
}
