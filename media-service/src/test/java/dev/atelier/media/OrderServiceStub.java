package dev.atelier.media;

import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A real HTTP server standing in for order-service on a fixed loopback port: answers
 * {@code GET /api/orders/{id}} with a slice of order JSON for the orders it knows, 404 otherwise.
 * It can be stopped and started again on the same port, to play order-service being down.
 */
public final class OrderServiceStub {

    private final int port = freePort();
    private final Map<UUID, UUID> customersByOrder = new ConcurrentHashMap<>();
    private final Queue<String> authorizations = new ConcurrentLinkedQueue<>();
    private volatile DisposableServer server;

    public String uri() {
        return "http://127.0.0.1:" + port;
    }

    /** A new order of a new customer; answers the order id. */
    public UUID newOrder() {
        return newOrder(UUID.randomUUID());
    }

    public UUID newOrder(UUID customerId) {
        UUID orderId = UUID.randomUUID();
        customersByOrder.put(orderId, customerId);
        return orderId;
    }

    public UUID customerOf(UUID orderId) {
        return customersByOrder.get(orderId);
    }

    /** The Authorization headers of the requests seen, oldest first. */
    public Queue<String> authorizations() {
        return authorizations;
    }

    public synchronized OrderServiceStub start() {
        if (server == null) {
            server = HttpServer.create()
                    // Tracked, so that stop() also closes kept-alive connections: a stopped
                    // order-service answers nothing, not even on a pooled connection.
                    .channelGroup(new DefaultChannelGroup(GlobalEventExecutor.INSTANCE)).host("127.0.0.1").port(port)
                    .route(routes -> routes.get("/api/orders/{id}", (request, response) -> {
                        String authorization = request.requestHeaders().get("Authorization");
                        authorizations.add(authorization == null ? "none" : authorization);
                        UUID orderId;
                        try {
                            orderId = UUID.fromString(request.param("id"));
                        } catch (IllegalArgumentException e) {
                            return response.status(400).send();
                        }
                        UUID customerId = customersByOrder.get(orderId);
                        if (customerId == null) {
                            return response.status(404).header("Content-Type", "application/problem+json")
                                    .sendString(Mono.just("{\"status\":404,\"title\":\"Resource not found\"}"));
                        }
                        // more than media-service reads, as the real order JSON has
                        String json = """
                                {"id":"%s","customerId":"%s","status":"PENDING","stockStatus":"RESERVED",
                                 "items":[{"id":"%s","description":"Hand-beaded bodice","quantity":1}],
                                 "deliveryDate":"2026-12-20","notes":"","version":3}"""
                                .formatted(orderId, customerId, UUID.randomUUID());
                        return response.header("Content-Type", "application/json").sendString(Mono.just(json));
                    }))
                    .bindNow();
        }
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.disposeNow();
            server = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
