package dev.atelier.drills.stock;

import dev.atelier.drills.Drill;
import dev.atelier.drills.DrillContext;
import dev.atelier.drills.DrillReport;
import dev.atelier.load.Figures;
import java.time.Duration;

/**
 * Brings a cold suite up to speed before the drills that send bursts. Right after {@code ./atelier up} nothing is
 * compiled yet: on the two-core machine the oversell drill's 200 creates at once then outlasted the gateway's time
 * limit (75 refused with 503), which opened the circuit for the next drill too; warm, all of them pass. So creates
 * go through the gateway in rounds, until a round reaches {@link #ENOUGH} a second (the burst then ends within half
 * the gateway's default time limit of 10 s) or after {@link #MOST_ROUNDS} rounds. It fails only when no create
 * was answered at all.
 */
public final class WarmUp implements Drill {

    /** 200 creates in 5 s. */
    static final double ENOUGH = OversellDrill.ORDERS / 5.0;

    static final int MOST_ROUNDS = 8;
    static final Duration ROUND = Duration.ofSeconds(10);
    static final int CONNECTIONS = 16;

    /** One round of creates; its figures. */
    interface Round {
        Figures run() throws Exception;
    }

    @Override
    public String name() {
        return "warm-up";
    }

    @Override
    public String summary() {
        return "creates through the gateway until they reach " + (int) ENOUGH + "/s (at most " + MOST_ROUNDS * ROUND.toSeconds()
                + " s), so the bursts that follow meet a warm suite";
    }

    @Override
    public void run(DrillContext context, DrillReport report) throws Exception {
        StockFixture fixture = new StockFixture(context.api(), name());
        var call = fixture.orderCall(fixture.item(1_000_000), "drill warm-up");
        report.say("%d s rounds of creates, %d connections, until %.0f/s", ROUND.toSeconds(), CONNECTIONS, ENOUGH);
        warm(() -> context.load().closed(call, CONNECTIONS, Duration.ZERO, ROUND), report);
    }

    /** Runs rounds until one is fast enough, one answers nothing, or there were {@link #MOST_ROUNDS}. */
    static void warm(Round round, DrillReport report) throws Exception {
        Figures last;
        int n = 0;
        do {
            last = round.run();
            report.say("%s", last.line("round " + ++n));
        } while (last.ok() > 0 && last.perSecond() < ENOUGH && n < MOST_ROUNDS);
        if (!report.check("creates were answered during the warm-up", last.ok() > 0)) {
            return;
        }
        if (last.perSecond() >= ENOUGH) {
            report.say("warm: %.1f creates/s after %d round(s)", last.perSecond(), n);
        } else {
            report.say("still below %.0f creates/s after %d rounds: a burst may meet the gateway's time limit (GATEWAY_TIMEOUT)",
                    ENOUGH, n);
        }
    }
}
