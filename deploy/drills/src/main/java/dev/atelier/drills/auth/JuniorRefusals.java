package dev.atelier.drills.auth;

import dev.atelier.apiclient.GatewayApi;
import dev.atelier.drills.DrillReport;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a matrix of valid requests cannot show about juniors: the role is decided before the input is
 * read (a junk body, junk ids and junk paging on a lead-only endpoint are 403, never 400 or 415), and
 * money stays hidden (filters and sorts on payments or prices are 403 naming the parameter, and an
 * inventory item has no {@code price} for them).
 */
final class JuniorRefusals {

    /** Truncated JSON: a handler that parsed it would answer 400. */
    static final String JUNK_BODY = "{\"junk\": [1, ";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A junior's request and the parameter its 403 must name (null: any 403 problem). */
    record Probe(String name, String method, String path, String body, String parameter) {
    }

    private JuniorRefusals() {
    }

    /** Every lead-only endpoint with junk in place of its ids and body, and junk paging. */
    static List<Probe> junkInput(List<Endpoint> endpoints) {
        return endpoints.stream().filter(endpoint -> endpoint.access() == Access.LEAD_ONLY)
                .map(endpoint -> new Probe(endpoint.name() + " + junk", endpoint.method(),
                        endpoint.template().replaceAll("\\{[^}]+}", "junk") + "?page=junk&size=-1", JUNK_BODY, null))
                .toList();
    }

    /** Lists a junior may read, narrowed or sorted by money. */
    static List<Probe> moneyFilters() {
        return List.of(
                new Probe("orders by paymentStatus", "GET", "/api/orders?paymentStatus=PAID", null, "paymentStatus"),
                new Probe("inventory by minPrice", "GET", "/api/inventory?minPrice=1", null, "minPrice"),
                new Probe("inventory by maxPrice", "GET", "/api/inventory?maxPrice=1000", null, "maxPrice"),
                new Probe("inventory sorted by price", "GET", "/api/inventory?sort=price,desc", null, "sort"));
    }

    static void run(GatewayApi api, MatrixSetup setup, DrillReport report) throws IOException, InterruptedException {
        String junior = api.token("junior");
        String lead = api.token("lead");
        List<String> mismatches = new ArrayList<>();
        List<Probe> junk = junkInput(AuthEndpoints.all());
        for (Probe probe : junk) {
            expectForbidden(api, junior, probe, mismatches);
        }
        report.checkEquals("junior + junk input on lead-only endpoints: not a 403 problem", 0, mismatches.size());
        int before = mismatches.size();
        for (Probe probe : moneyFilters()) {
            expectForbidden(api, junior, probe, mismatches);
            int leadStatus = api.get(probe.path(), lead).status();
            if (leadStatus != 200) {
                mismatches.add(String.format("%-44s lead: expected 200, got %d", probe.name(), leadStatus));
            }
        }
        report.checkEquals("money filters and sorts: junior 403 naming the parameter, lead 200", 0, mismatches.size() - before);
        JsonNode juniorView = api.get("/api/inventory/" + setup.item, junior).json();
        JsonNode leadView = api.get("/api/inventory/" + setup.item, lead).json();
        report.check("an inventory item has a price for a lead and none for a junior",
                leadView.has("price") && juniorView.has("id") && !juniorView.has("price"));
        JsonNode juniorOrder = api.get("/api/orders/" + setup.order, junior).json();
        report.check("an order has no price or payment fields for a junior", juniorOrder.has("id")
                && List.of("price", "balanceDue", "paymentStatus", "amountPaid", "amountRefunded").stream().noneMatch(juniorOrder::has));
        mismatches.forEach(line -> report.say("  MISMATCH %s", line));
        report.count("junior refusal probes", junk.size() + moneyFilters().size());
    }

    private static void expectForbidden(GatewayApi api, String junior, Probe probe, List<String> mismatches)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = api.exchange(probe.method(), probe.path(), probe.body() == null ? null : "application/json",
                probe.body() == null ? null : probe.body().getBytes(StandardCharsets.UTF_8), Map.of("Authorization", "Bearer " + junior));
        String type = answer.headers().firstValue("Content-Type").orElse("");
        String problem = answer.statusCode() == 403 && type.startsWith(AuthDrill.PROBLEM_JSON) ? parameter(answer.body()) : null;
        if (answer.statusCode() != 403 || !type.startsWith(AuthDrill.PROBLEM_JSON)) {
            mismatches.add(String.format("%-44s junior: expected 403 problem, got %d %s", probe.name(), answer.statusCode(), type));
        } else if (probe.parameter() != null && !probe.parameter().equals(problem)) {
            mismatches.add(String.format("%-44s junior: 403 names '%s', not '%s'", probe.name(), problem, probe.parameter()));
        }
    }

    private static String parameter(String body) {
        try {
            return JSON.readTree(body).path("parameter").asString("");
        } catch (RuntimeException e) {
            return "";
        }
    }
}
