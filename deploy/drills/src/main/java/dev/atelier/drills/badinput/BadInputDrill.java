package dev.atelier.drills.badinput;

import dev.atelier.apiclient.GatewayApi;
import dev.atelier.drills.Drill;
import dev.atelier.drills.DrillContext;
import dev.atelier.drills.DrillReport;
import dev.atelier.drills.Poll;
import dev.atelier.drills.fixture.SuiteFixtures;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code ./atelier drill bad-input}: a few hundred malformed, oversized, wrongly typed, injection-style
 * and wrong-content-type requests across every endpoint group through the gateway, aimed at real
 * fixtures. Zero 5xx, every 4xx a problem+json, no bad write accepted, and no row of any service table
 * added or removed by them.
 */
public final class BadInputDrill implements Drill {

    static final String PROBLEM_JSON = "application/problem+json";
    /** Bodies at least this big may be cut off by the gateway's 413 ({@code Connection: close}) before they are sent whole. */
    static final int CUT_OFF_SIZE = 1024 * 1024;

    @Override
    public String name() {
        return "bad-input";
    }

    @Override
    public String summary() {
        return "hundreds of malformed, injection-style, wrong-type requests on every endpoint: no 5xx, problem+json, no row written";
    }

    @Override
    public void run(DrillContext context, DrillReport report) throws Exception {
        GatewayApi api = context.api();
        SuiteFixtures fixtures = new SuiteFixtures(api, "bad-input");
        Targets targets = targets(fixtures, report);
        try {
            Map<String, Long> before = settledCounts(context, report);
            String userBefore = fixtures.get("/api/users/" + targets.user()).toString();
            BadInputCatalogue catalogue = BadInputCatalogue.load();
            List<Probe> probes = catalogue.probes(targets);
            report.say("sending %d bad requests through %s (one at a time)", probes.size(), api.gateway());
            Outcomes outcomes = new Outcomes(catalogue.groups());
            for (Probe probe : probes) {
                outcomes.record(probe, send(api, probe));
            }
            Map<String, Long> after = settledCounts(context, report);
            outcomes.print(report);
            Map<String, Long> changed = RowCounts.changed(before, after);
            report.say("rows per table (before → after, changed):");
            Set<String> tables = new TreeSet<>(before.keySet());
            tables.addAll(after.keySet());
            for (String table : tables) {
                report.say("  %-56s %,9d → %,9d  %+d", table, before.getOrDefault(table, 0L), after.getOrDefault(table, 0L),
                        changed.getOrDefault(table, 0L));
            }
            report.check("bad requests sent: " + probes.size() + " (at least 200)", probes.size() >= 200);
            report.checkEquals("5xx answers", 0, outcomes.serverErrors.size());
            report.checkEquals("4xx answers that are not application/problem+json", 0, outcomes.notProblems.size());
            report.checkEquals("bad writes accepted (2xx/3xx)", 0, outcomes.acceptedWrites.size());
            report.checkEquals("requests without an answer", 0, outcomes.unanswered.size());
            report.checkEquals("tables whose row count changed", 0, changed.size());
            report.check("the fixture designer account is unchanged", userBefore.equals(fixtures.get("/api/users/" + targets.user()).toString()));
        } finally {
            fixtures.deleteUser(targets.user());
        }
    }

    /** Valid fixtures, created before the rows are counted, so the bad requests can aim at real ids. */
    static Targets targets(SuiteFixtures fixtures, DrillReport report) throws IOException, InterruptedException {
        String customer = fixtures.customer();
        String measurement = fixtures.measurement(customer);
        String item = fixtures.inventoryItem();
        String order = fixtures.order(customer, item);
        String payment = fixtures.payment(order);
        String image = fixtures.styleImage(order);
        String user = fixtures.user();
        Targets targets = new Targets(fixtures.tag(), customer, measurement, item, fixtures.firstChange(item), order, fixtures.orderItem(order), payment,
                image, user);
        report.say("fixtures (%s): customer %s, item %s, order %s, image %s, user %s", fixtures.tag(), customer, item, order, image, user);
        awaitStockAnswer(fixtures, order, report);
        return targets;
    }

    /** The fixture order's saga writes rows in two services; wait for its answer before counting. */
    private static void awaitStockAnswer(SuiteFixtures fixtures, String order, DrillReport report) throws IOException, InterruptedException {
        String stock = Poll.until(() -> fixtures.get("/api/orders/" + order).path("stockStatus").asString(""),
                status -> !status.equals("RESERVING"), Duration.ofMillis(200), Duration.ofSeconds(30));
        report.say("fixture order's stock status: %s", stock);
    }

    /** Counts taken until two in a row agree (background work such as the outbox relay settles), at most 30 s. */
    static Map<String, Long> settledCounts(DrillContext context, DrillReport report) throws SQLException, InterruptedException {
        Map<String, Long> last = RowCounts.of(context);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            Thread.sleep(1500);
            Map<String, Long> now = RowCounts.of(context);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        report.say("row counts still moving after 30 s (is another drill running?)");
        return last;
    }

    static Object send(GatewayApi api, Probe probe) throws InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>(probe.headers());
        try {
            if (!probe.identity().equals("none")) {
                headers.putIfAbsent("Authorization", "Bearer " + api.token(probe.identity()));
            }
            return api.exchange(probe.method(), probe.path(), probe.contentType(), probe.body(), headers);
        } catch (IOException e) {
            return e;
        }
    }

    /** What the answers were, by endpoint group and status, and every answer that broke a rule. */
    static final class Outcomes {

        final Map<String, Integer> byGroup = new LinkedHashMap<>();
        final Map<Integer, Integer> clientErrors = new TreeMap<>();
        final List<String> serverErrors = new ArrayList<>();
        final List<String> notProblems = new ArrayList<>();
        final List<String> acceptedWrites = new ArrayList<>();
        final List<String> unanswered = new ArrayList<>();
        int readsAnswered2xx;
        int cutOff;

        /** {@code groups}: the catalogue's endpoint groups, printed in this order. */
        Outcomes(List<String> groups) {
            groups.forEach(group -> byGroup.put(group, 0));
        }

        void record(Probe probe, Object answer) {
            byGroup.merge(probe.group(), 1, Integer::sum);
            if (answer instanceof IOException e) {
                if (probe.body() != null && probe.body().length >= CUT_OFF_SIZE) {
                    cutOff++;
                } else {
                    unanswered.add(describe(probe) + ": " + e);
                }
                return;
            }
            HttpResponse<?> response = (HttpResponse<?>) answer;
            int status = response.statusCode();
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (status >= 500) {
                serverErrors.add(describe(probe) + " → " + status + " " + snippet(response.body()));
            } else if (status >= 400) {
                clientErrors.merge(status, 1, Integer::sum);
                if (!type.startsWith(PROBLEM_JSON)) {
                    notProblems.add(describe(probe) + " → " + status + " Content-Type '" + type + "' " + snippet(response.body()));
                }
            } else if (probe.isWrite()) {
                acceptedWrites.add(describe(probe) + " → " + status + " " + snippet(response.body()));
            } else {
                readsAnswered2xx++;
            }
        }

        void print(DrillReport report) {
            report.say("requests per endpoint group:");
            byGroup.forEach((group, count) -> report.say("  %-20s %4d", group, count));
            report.say("4xx answers by status:");
            clientErrors.forEach((status, count) -> report.say("  %d  %4d", status, count));
            report.count("reads answered 2xx (odd but harmless input)", readsAnswered2xx);
            report.count("oversized bodies cut off by the gateway", cutOff);
            list(report, "5xx", serverErrors);
            list(report, "not problem+json", notProblems);
            list(report, "bad write accepted", acceptedWrites);
            list(report, "no answer", unanswered);
        }

        private static void list(DrillReport report, String what, List<String> lines) {
            lines.forEach(line -> report.say("  %s: %s", what, line));
        }

        static String describe(Probe probe) {
            String path = probe.path().length() > 90 ? probe.path().substring(0, 87) + "..." : probe.path();
            return probe.identity() + " " + probe.method() + " " + path + " [" + probe.group() + ": " + probe.what() + "]";
        }

        static String snippet(Object body) {
            String text = Objects.toString(body, "").replaceAll("\\s+", " ");
            return text.length() > 160 ? text.substring(0, 157) + "..." : text;
        }
    }
}
