package dev.atelier.notification;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A real HTTP server on loopback standing in for customer-service ({@code GET /api/customers/{id}/contact})
 * and order-service ({@code GET /api/orders/{id}}, and the list by delivery dates): answers the customers and orders a test gives it,
 * 404 for others, and 503 for a customer the test marks unavailable. It records the bearer tokens it sees.
 */
public final class ShopServicesStub {

    private final Map<UUID, String> contacts = new ConcurrentHashMap<>();
    private final Map<UUID, StubOrder> orders = new ConcurrentHashMap<>();
    private final Map<UUID, Boolean> failing = new ConcurrentHashMap<>();
    private final Queue<String> authorizations = new ConcurrentLinkedQueue<>();
    private final AtomicInteger listings = new AtomicInteger();
    private final int port = freePort();
    private final DisposableServer server;

    public ShopServicesStub() {
        server = HttpServer.create().host("127.0.0.1").port(port)
                .route(routes -> routes
                        .get("/api/customers/{id}/contact", (request, response) -> {
                            authorizations.add(String.valueOf(request.requestHeaders().get("Authorization")));
                            UUID id = UUID.fromString(request.param("id"));
                            if (failing.containsKey(id)) {
                                return response.status(503).send();
                            }
                            return answer(response, contacts.get(id));
                        })
                        .get("/api/orders/{id}", (request, response) -> {
                            authorizations.add(String.valueOf(request.requestHeaders().get("Authorization")));
                            StubOrder order = orders.get(UUID.fromString(request.param("id")));
                            return answer(response, order == null ? null : order.json());
                        })
                        .get("/api/orders", (request, response) -> {
                            authorizations.add(String.valueOf(request.requestHeaders().get("Authorization")));
                            listings.incrementAndGet();
                            QueryStringDecoder query = new QueryStringDecoder(request.uri());
                            LocalDate from = LocalDate.parse(query.parameters().get("deliveryFrom").getFirst());
                            LocalDate to = LocalDate.parse(query.parameters().get("deliveryTo").getFirst());
                            String content = orders.values().stream()
                                    .filter(order -> !order.deliveryDate().isBefore(from) && !order.deliveryDate().isAfter(to))
                                    .map(StubOrder::json).collect(Collectors.joining(","));
                            return answer(response, "{\"content\":[" + content
                                    + "],\"page\":{\"number\":0,\"size\":100,\"totalPages\":1}}");
                        }))
                .bindNow();
    }

    private static Publisher<Void> answer(HttpServerResponse response, String json) {
        if (json == null) {
            return response.status(404).header("Content-Type", "application/problem+json")
                    .sendString(Mono.just("{\"status\":404,\"title\":\"Resource not found\"}"));
        }
        return response.header("Content-Type", "application/json").sendString(Mono.just(json));
    }

    public String uri() {
        return "http://127.0.0.1:" + port;
    }

    /** A customer with this e-mail consent and language (null for the shop's). */
    public UUID customer(String name, String email, boolean emailConsent, String language) {
        UUID id = UUID.randomUUID();
        contacts.put(id, """
                {"id":"%s","name":"%s","email":%s,"language":%s,"notifications":{"email":%s},"archived":false}"""
                .formatted(id, name, email == null ? "null" : "\"" + email + "\"",
                        language == null ? "null" : "\"" + language + "\"", emailConsent));
        return id;
    }

    private record StubOrder(String json, LocalDate deliveryDate) {
    }

    /** An order of {@code customerId}, PICKUP or DELIVERY, in {@code status}, due in a month (no reminder yet). */
    public UUID order(UUID customerId, String deliveryMethod, String status) {
        return order(customerId, deliveryMethod, status, LocalDate.now().plusDays(30));
    }

    public UUID order(UUID customerId, String deliveryMethod, String status, LocalDate deliveryDate) {
        return order(customerId, deliveryMethod, status, deliveryDate, null);
    }

    /** With the balance left to pay (in NGN) as a lead or the notifier would read it; null leaves it out. */
    public UUID order(UUID customerId, String deliveryMethod, String status, LocalDate deliveryDate, BigDecimal balanceDue) {
        UUID id = UUID.randomUUID();
        String balance = balanceDue == null ? "" : ",\"balanceDue\":{\"amount\":" + balanceDue.toPlainString()
                + ",\"currency\":\"NGN\"}";
        String address = "DELIVERY".equals(deliveryMethod)
                ? "{\"street\":\"12 Allen Avenue\",\"city\":\"Ikeja\",\"postalCode\":\"100271\",\"country\":\"NG\"}"
                : "null";
        orders.put(id, new StubOrder("""
                {"id":"%s","customerId":"%s","status":"%s","stockStatus":"RESERVED","deliveryDate":"%s",
                 "deliveryMethod":"%s","deliveryAddress":%s,
                 "items":[{"id":"%s","description":"Hand-beaded bodice","size":"M","quantity":1}],"version":3%s}"""
                .formatted(id, customerId, status, deliveryDate, deliveryMethod, address, UUID.randomUUID(), balance),
                deliveryDate));
        return id;
    }

    /** customer-service answers 503 for this customer until {@link #recover}. */
    public void fail(UUID customerId) {
        failing.put(customerId, true);
    }

    public void recover(UUID customerId) {
        failing.remove(customerId);
    }

    /** How many times the order list was asked for. */
    public int listings() {
        return listings.get();
    }

    /** The Authorization headers seen, oldest first. */
    public Queue<String> authorizations() {
        return authorizations;
    }

    public void stop() {
        server.disposeNow();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
