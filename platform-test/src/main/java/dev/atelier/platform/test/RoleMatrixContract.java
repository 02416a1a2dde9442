package dev.atelier.platform.test;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every service's role matrix, proved the same way, as a JUnit test interface: a service's Spring test
 * names its endpoints, who may call each and how to call one. For every endpoint, no token and a token
 * with a forged signature get a 401 problem, a caller the endpoint does not allow a 403 problem, and
 * every caller it allows the endpoint's status.
 */
public interface RoleMatrixContract {

    /** Who calls: a name for the test and where its token comes from. */
    record Caller(String name, Supplier<String> token) {

        public static final Caller SERVICE = new Caller("a service account (no designer role)",
                () -> TestInfrastructure.keycloak().cachedServiceAccessToken());

        public static final Caller JUNIOR = new Caller("junior_designer",
                () -> TestInfrastructure.keycloak().cachedAccessToken(KeycloakEndpoint.JUNIOR, KeycloakEndpoint.JUNIOR));

        public static final Caller LEAD = new Caller("lead_designer",
                () -> TestInfrastructure.keycloak().cachedAccessToken(KeycloakEndpoint.LEAD, KeycloakEndpoint.LEAD));

        /** notification-service's own account (role notifier): reads what a message needs. */
        public static final Caller NOTIFIER = new Caller("the notifier", () -> TestInfrastructure.keycloak()
                .cachedClientToken("atelier-notifier", "atelier-notifier-secret"));

        @Override
        public String toString() {
            return this.name;
        }
    }

    /**
     * One endpoint, named as {@code "METHOD /pattern"} (what {@link #prepare} is given), the status a
     * caller it allows gets, and those callers.
     */
    record Rule(String endpoint, int status, Set<Caller> allowed) {

        public static Rule allows(String endpoint, int status, Caller... allowed) {
            return new Rule(endpoint, status, Set.of(allowed));
        }
    }

    /** Every endpoint of the service (or of the part under test) with its rule. */
    List<Rule> roleMatrix();

    /** One endpoint ready to be called, its data made; only the bearer token is left to choose. */
    @FunctionalInterface
    interface Call {

        /** Sends the request with this token, or with none when it is null. */
        WebTestClient.ResponseSpec as(String token);
    }

    /**
     * Makes the fresh data the endpoint needs (an order to read, an item to change) and returns the
     * call; one per caller, so no call sees another's changes.
     */
    Call prepare(String endpoint);

    /** The callers tried on every endpoint; a service with an account of its own adds it. */
    default List<Caller> callers() {
        return List.of(Caller.SERVICE, Caller.JUNIOR, Caller.LEAD);
    }

    /** Runs a refused call, after its data was made; a service that proves a refusal stored nothing wraps it. */
    default void refusal(Runnable call) {
        call.run();
    }

    @TestFactory
    default Stream<DynamicNode> every_caller_gets_what_its_role_allows() {
        return roleMatrix().stream().map(rule -> DynamicContainer.dynamicContainer(rule.endpoint(), Stream.concat(
                Stream.of(
                        DynamicTest.dynamicTest("without a token is 401", () -> {
                            Call call = prepare(rule.endpoint());
                            refusal(() -> Refusals.unauthenticated(call.as(null)));
                        }),
                        DynamicTest.dynamicTest("with a forged signature is 401", () -> {
                            Call call = prepare(rule.endpoint());
                            String forged = forged(Caller.LEAD);
                            refusal(() -> Refusals.unauthenticated(call.as(forged)));
                        })),
                callers().stream().map(caller -> DynamicTest.dynamicTest("as " + caller, () -> {
                    Call call = prepare(rule.endpoint());
                    String token = caller.token().get();
                    if (rule.allowed().contains(caller)) {
                        call.as(token).expectStatus().isEqualTo(rule.status());
                    } else {
                        refusal(() -> Refusals.forbidden(call.as(token)));
                    }
                })))));
    }

    /**
     * Sends {@code "METHOD /uri-template"} with the template's variables filled in, the bearer token
     * when there is one and the JSON body when there is one.
     */
    static WebTestClient.ResponseSpec exchange(WebTestClient web, String request, String token, Object json,
            Object... variables) {
        String[] methodAndUri = request.split(" ", 2);
        WebTestClient.RequestBodySpec spec = web.method(HttpMethod.valueOf(methodAndUri[0])).uri(methodAndUri[1], variables)
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                });
        return json == null ? spec.exchange() : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    /** The caller's token with one character of its signature changed. */
    private static String forged(Caller caller) {
        String token = caller.token().get();
        int signature = token.lastIndexOf('.') + 1;
        return token.substring(0, signature) + (token.charAt(signature) == 'A' ? 'B' : 'A') + token.substring(signature + 1);
    }

}
