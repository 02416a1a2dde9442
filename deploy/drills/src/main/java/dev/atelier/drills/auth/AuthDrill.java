package dev.atelier.drills.auth;

import dev.atelier.apiclient.GatewayApi;
import dev.atelier.drills.Drill;
import dev.atelier.drills.DrillContext;
import dev.atelier.drills.DrillReport;
import dev.atelier.drills.auth.Endpoint.Call;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./atelier drill auth}: every endpoint × {no token, wrong issuer, altered signature, forged role,
 * junior, lead, expired} through the gateway, each with a valid request, against the documented status:
 * 401 problem+json for every missing or bad token, 403 for a junior on lead-only endpoints, 2xx otherwise.
 * Then {@link JuniorRefusals}: a junior's junk input on lead-only endpoints is 403 (not 400), and money
 * filters, sorts and prices are refused or left out for juniors.
 */
public final class AuthDrill implements Drill {

    /** Lifespan of the drill client's tokens, seconds. */
    static final int LIFESPAN = 5;
    /** Spring's JwtTimestampValidator default; the platform does not change it. */
    static final int CLOCK_SKEW = 60;
    static final String PROBLEM_JSON = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "auth";
    }

    @Override
    public String summary() {
        return "every endpoint × {no token, wrong issuer, altered signature, forged role, junior, lead, expired}: the documented status;"
                + " junior junk input 403 before 400; junior money filters refused";
    }

    @Override
    public void run(DrillContext context, DrillReport report) throws Exception {
        GatewayApi api = context.api();
        KeycloakTokens keycloak = new KeycloakTokens(context);
        MatrixSetup setup = new MatrixSetup(api);
        try {
            String expiring = keycloak.shortLivedLeadToken(LIFESPAN);
            long expiredAfter = ForgedTokens.expiresAt(expiring) + CLOCK_SKEW + 2;
            report.say("expiring lead token from Keycloak client %s: lives %d s; used once past expiry + %d s clock skew",
                    KeycloakTokens.CLIENT, ForgedTokens.expiresAt(expiring) - ForgedTokens.payload(expiring).path("iat").asLong(), CLOCK_SKEW);
            // the control: fresh, the same token is let in, so its 401 later is the expiry's doing
            int fresh = api.get("/api/customers?size=1", expiring).status();
            report.check("the expiring token is accepted while fresh (" + fresh + ")", fresh == 200);
            setup.create();
            report.say("fixtures (%s): customer %s, item %s, order %s, image %s, user %s", setup.tag(), setup.customer, setup.item,
                    setup.order, setup.image, setup.user);
            List<Endpoint> endpoints = AuthEndpoints.all();
            Map<Endpoint, Map<Identity, Integer>> got = new LinkedHashMap<>();
            endpoints.forEach(endpoint -> got.put(endpoint, new EnumMap<>(Identity.class)));
            List<String> mismatches = new ArrayList<>();
            for (Identity who : Identity.values()) {
                if (who == Identity.EXPIRED) {
                    awaitExpiry(expiredAfter, report);
                }
                String token = token(who, api, keycloak, expiring);
                for (Endpoint endpoint : endpoints) {
                    int expected = endpoint.expected(who);
                    Call call = endpoint.preparer().prepare(setup, expected < 300);
                    Map<String, String> authorization = token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
                    HttpResponse<String> answer = call.stream() ? api.firstEvent(call.path(), authorization)
                            : api.exchange(endpoint.method(), call.path(), call.contentType(), call.body(), authorization);
                    int status = answer.statusCode();
                    got.get(endpoint).put(who, status);
                    String type = answer.headers().firstValue("Content-Type").orElse("");
                    if (status != expected) {
                        mismatches.add(String.format("%-44s %-17s expected %d, got %d %s", endpoint.name(), who.label(), expected, status,
                                snippet(answer.body())));
                    } else if (status >= 400 && !type.startsWith(PROBLEM_JSON)) {
                        mismatches.add(String.format("%-44s %-17s %d but Content-Type '%s'", endpoint.name(), who.label(), status, type));
                    }
                    if (status == 201 && endpoint.template().equals("/api/users")) {
                        setup.created(JSON.readTree(answer.body()).path("id").asString(""));
                    }
                    if (status == 201 && endpoint.template().equals("/api/webhooks")) {
                        setup.createdWebhook(JSON.readTree(answer.body()).path("id").asString(""));
                    }
                }
            }
            print(report, got);
            mismatches.forEach(line -> report.say("  MISMATCH %s", line));
            report.count("endpoints", endpoints.size());
            report.count("identities", Identity.values().length);
            report.count("calls", (long) endpoints.size() * Identity.values().length);
            report.checkEquals("mismatches (status or problem+json)", 0, mismatches.size());
            JuniorRefusals.run(api, setup, report);
        } finally {
            setup.deleteAccounts();
            keycloak.removeClient();
        }
    }

    private static String token(Identity who, GatewayApi api, KeycloakTokens keycloak, String expiring) throws IOException, InterruptedException {
        return switch (who) {
            case NO_TOKEN -> null;
            case WRONG_ISSUER -> keycloak.masterAdminToken();
            case ALTERED_SIGNATURE -> ForgedTokens.withAlteredSignature(api.token("lead"));
            case FORGED_ROLE -> ForgedTokens.claimingRole(api.token("junior"), "lead_designer");
            case JUNIOR -> api.token("junior");
            case LEAD -> api.token("lead");
            case EXPIRED -> expiring;
        };
    }

    /** Waits (at most LIFESPAN + CLOCK_SKEW + a little) until the expiring token is past its expiry and the skew. */
    private static void awaitExpiry(long expiredAfterEpochSecond, DrillReport report) throws InterruptedException {
        long waitMillis = expiredAfterEpochSecond * 1000 - System.currentTimeMillis();
        if (waitMillis > 0) {
            report.say("waiting %.1f s for the expiring token to pass expiry + skew", waitMillis / 1000.0);
            Thread.sleep(Math.min(waitMillis, (LIFESPAN + CLOCK_SKEW + 5) * 1000L));
        }
    }

    private static void print(DrillReport report, Map<Endpoint, Map<Identity, Integer>> got) {
        StringBuilder head = new StringBuilder(String.format("%-46s", "endpoint (expected → got; ! = mismatch)"));
        for (Identity who : Identity.values()) {
            head.append(String.format("%-10s", who.label().length() > 9 ? who.label().substring(0, 9) : who.label()));
        }
        report.say("%s", head);
        got.forEach((endpoint, answers) -> {
            StringBuilder row = new StringBuilder(String.format("%-46s", endpoint.name()));
            for (Identity who : Identity.values()) {
                Integer status = answers.get(who);
                row.append(String.format("%-10s", status == null ? "-" : status + (status == endpoint.expected(who) ? "" : "!")));
            }
            report.say("%s", row);
        });
    }

    private static String snippet(String body) {
        String text = body == null ? "" : body.replaceAll("\\s+", " ");
        return text.length() > 140 ? text.substring(0, 137) + "..." : text;
    }
}
