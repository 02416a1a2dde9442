package dev.atelier.drills.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.atelier.apiclient.GatewayApi;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A stand-in gateway: logins answer a token, every third order is refused with 503. */
class OrderStreamTest {

    private HttpServer gateway;
    private final AtomicInteger orders = new AtomicInteger();
    private final Queue<String> authorizations = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void start() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        gateway.createContext("/api/auth/login", exchange -> answer(exchange, 200, "{\"access_token\": \"token-1\"}"));
        gateway.createContext("/api/orders", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.getRequestBody().readAllBytes();
            if (orders.incrementAndGet() % 3 == 0) {
                answer(exchange, 503, "{\"status\": 503}");
            } else {
                answer(exchange, 201, "{\"id\": \"" + UUID.randomUUID() + "\"}");
            }
        });
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
    }

    @Test
    void counts_every_order_sent_as_accepted_or_refused() throws Exception {
        GatewayApi api = new GatewayApi("http://127.0.0.1:" + gateway.getAddress().getPort());
        OrderStream stream = new OrderStream(api, UUID.randomUUID().toString(), UUID.randomUUID().toString(), 100);
        await().atMost(Duration.ofSeconds(10)).until(() -> orders.get() >= 9);
        stream.close();

        assertThat(stream.accepted().size() + stream.refusedCount()).isEqualTo(orders.get());
        assertThat(stream.accepted()).hasSizeGreaterThanOrEqualTo(orders.get() * 2 / 3);
        assertThat(stream.refused()).containsOnlyKeys("503");
        assertThat(authorizations).containsOnly("Bearer token-1");
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
