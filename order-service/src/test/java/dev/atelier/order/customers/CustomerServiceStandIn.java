package dev.atelier.order.customers;

import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.test.context.DynamicPropertyRegistry;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server standing in for customer-service in every order-service test context, found
 * through the simple discovery client as Eureka would find the real one. Every customer exists and
 * is active unless a test marks it unknown or archived; measurement sets exist once a test puts them.
 * {@link #stop()} leaves nothing listening on its port; {@link #start()} listens there again.
 */
public final class CustomerServiceStandIn {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<UUID> UNKNOWN = ConcurrentHashMap.newKeySet();
    private static final Set<UUID> ARCHIVED = ConcurrentHashMap.newKeySet();
    /** Customers whose check answers later than any time limit order-service keeps. */
    private static final Set<UUID> SLOW = ConcurrentHashMap.newKeySet();
    /** Customers whose check answers 404, as if the route were missing (the real one always answers 200). */
    private static final Set<UUID> NOT_FOUND = ConcurrentHashMap.newKeySet();
    private static final Map<UUID, Map<String, Object>> MEASUREMENTS = new ConcurrentHashMap<>();
    /** Measurement sets whose copy answers late, but within order-service's time limit. */
    private static final Set<UUID> LATE_MEASUREMENTS = ConcurrentHashMap.newKeySet();
    private static final Duration LATE = Duration.ofMillis(1500);
    /** The Authorization header of the last call about each id (customer or measurement). */
    private static final Map<UUID, String> AUTHORIZATIONS = new ConcurrentHashMap<>();

    private static DisposableServer server = listen(0);
    private static final int PORT = server.port();

    private CustomerServiceStandIn() {
    }

    /** Points customer-service at this stand-in. */
    public static void registerWith(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.customer-service[0].uri",
                () -> "http://127.0.0.1:" + PORT);
    }

    public static UUID unknownCustomer() {
        UUID id = UUID.randomUUID();
        UNKNOWN.add(id);
        return id;
    }

    public static UUID archivedCustomer() {
        UUID id = UUID.randomUUID();
        ARCHIVED.add(id);
        return id;
    }

    public static UUID slowCustomer() {
        UUID id = UUID.randomUUID();
        SLOW.add(id);
        return id;
    }

    public static UUID customerWithoutRoute() {
        UUID id = UUID.randomUUID();
        NOT_FOUND.add(id);
        return id;
    }

    /** From now on the set {@code id} is answered {@link #LATE}: time for another change meanwhile. */
    public static void answerLate(UUID measurementId) {
        LATE_MEASUREMENTS.add(measurementId);
    }

    /** Puts (or re-measures) a measurement set as customer-service's MeasurementView shows it. */
    public static void measurement(UUID id, UUID customerId, String type, String unit, Map<String, BigDecimal> values,
            String notes, long version) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("customerId", customerId);
        view.put("orderId", null);
        view.put("type", type);
        view.put("unit", unit);
        view.put("recordedUnit", unit);
        view.put("values", values);
        view.put("notes", notes);
        view.put("version", version);
        view.put("createdAt", "2026-11-01T10:00:00Z");
        view.put("createdBy", "lead");
        view.put("updatedAt", "2026-11-01T10:00:00Z");
        view.put("updatedBy", "lead");
        MEASUREMENTS.put(id, view);
    }

    public static String authorizationSeenFor(UUID id) {
        return AUTHORIZATIONS.get(id);
    }

    /** Nothing listens on the port until {@link #start()}. */
    public static synchronized void stop() {
        server.disposeNow(Duration.ofSeconds(5));
    }

    public static synchronized void start() {
        if (server.isDisposed()) {
            server = listen(PORT);
        }
    }

    private static DisposableServer listen(int port) {
        return HttpServer.create().host("127.0.0.1").port(port)
                // Tracked, so that stopping also closes kept-alive connections: a stopped
                // customer-service answers nothing, not even on a pooled connection.
                .channelGroup(new DefaultChannelGroup(GlobalEventExecutor.INSTANCE))
                .route(routes -> routes
                        .get("/api/customers/{id}/exists", (request, response) -> {
                            UUID id = UUID.fromString(request.param("id"));
                            remember(id, request.requestHeaders().get("Authorization"));
                            if (NOT_FOUND.contains(id)) {
                                return response.status(404).send();
                            }
                            boolean exists = !UNKNOWN.contains(id);
                            String body = JSON.writeValueAsString(Map.of("id", id, "exists", exists,
                                    "archived", exists && ARCHIVED.contains(id)));
                            return response.header("Content-Type", "application/json").sendString(
                                    SLOW.contains(id) ? Mono.just(body).delayElement(Duration.ofSeconds(6))
                                            : Mono.just(body));
                        })
                        .get("/api/measurements/{id}", (request, response) -> {
                            UUID id = UUID.fromString(request.param("id"));
                            remember(id, request.requestHeaders().get("Authorization"));
                            Map<String, Object> view = MEASUREMENTS.get(id);
                            if (view == null) {
                                return response.status(404).header("Content-Type", "application/problem+json")
                                        .sendString(Mono.just("{\"status\":404}"));
                            }
                            return LATE_MEASUREMENTS.contains(id)
                                    ? Mono.delay(LATE).then(Mono.from(json(response, view)))
                                    : json(response, view);
                        }))
                .bindNow();
    }

    private static void remember(UUID id, String authorization) {
        AUTHORIZATIONS.put(id, authorization == null ? "none" : authorization);
    }

    private static org.reactivestreams.Publisher<Void> json(reactor.netty.http.server.HttpServerResponse response,
            Object body) {
        return response.header("Content-Type", "application/json").sendString(Mono.just(JSON.writeValueAsString(body)));
    }
}
