package dev.atelier.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A neighbour service reduced to what routing needs: an HTTP server on a free loopback port that
 * remembers each request it received and answers 200 with its own name.
 */
public final class DownstreamStub {

    /** What reached the neighbour: method, path with query, and the Authorization header. */
    public record Received(String method, String pathAndQuery, String authorization) {
    }

    private final String name;

    private final HttpServer server;

    private final List<Received> received = new CopyOnWriteArrayList<>();

    private DownstreamStub(String name) {
        this.name = name;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.server.createContext("/", this::answer);
        this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        this.server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> this.server.stop(0)));
    }

    public static DownstreamStub start(String name) {
        return new DownstreamStub(name);
    }

    public String uri() {
        return "http://127.0.0.1:" + this.server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(this.received);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String pathAndQuery = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
        this.received.add(new Received(exchange.getRequestMethod(), pathAndQuery,
                exchange.getRequestHeaders().getFirst("Authorization")));
        exchange.getRequestBody().readAllBytes();
        byte[] body = ("{\"service\":\"" + this.name + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

}
