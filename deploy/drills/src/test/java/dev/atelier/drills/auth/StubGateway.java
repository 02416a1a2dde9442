package dev.atelier.drills.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.atelier.apiclient.GatewayApi;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway as far as making the matrix's things and building its calls needs it, on a loopback port:
 * a login answers tokens, every other POST creates something with a new id, and a GET answers a resource
 * with every field the catalogue reads (a list: one entry named after it), so every call builds offline.
 */
final class StubGateway implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger serial = new AtomicInteger();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger reservingReads = new AtomicInteger();

    StubGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    GatewayApi api() {
        return new GatewayApi("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    /** The next {@code reads} reads of an order find its stock saga still RESERVING, at an older version. */
    void reserveOrders(int reads) {
        reservingReads.set(reads);
    }

    /** Every request so far, as {@code METHOD path}. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        exchange.getRequestBody().readAllBytes();
        requests.add(method + " " + path);
        int status = 200;
        String body = "{}";
        if (path.equals("/api/auth/login")) {
            int login = serial.incrementAndGet();
            body = "{\"access_token\": \"access-" + login + "\", \"refresh_token\": \"refresh-" + login + "\"}";
        } else if (method.equals("POST")) {
            status = 201;
            String id = "new-" + serial.incrementAndGet();
            body = "{\"id\": \"" + id + "\", \"payment\": {\"id\": \"" + id + "\"}}";
        } else if (method.equals("GET")) {
            body = resource(path.substring(path.lastIndexOf('/') + 1));
            if (path.matches("/api/orders/[^/]+") && reservingReads.getAndUpdate(reads -> Math.max(0, reads - 1)) > 0) {
                body = body.replace("\"RESERVED\"", "\"RESERVING\"").replace("\"version\": 7", "\"version\": 6");
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String resource(String name) {
        return """
                {"id": "%s", "email": "shared@example.com", "sku": "DRILL-SHARED", "name": "Drill shared", "version": 7,
                 "stockStatus": "RESERVED", "price": {"amount": 100.0, "currency": "EUR"}, "deliveryDate": "2030-01-01",
                 "deliveryMethod": "PICKUP", "items": [
                   {"id": "line-1", "inventoryItemId": "stock-1", "size": null, "description": "Drill custom work", "quantity": 1},
                   {"id": "line-2", "description": "Drill hemming", "quantity": 1}],
                 "content": [{"id": "%s-1", "status": "SKIPPED"}]}""".formatted(name, name);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
