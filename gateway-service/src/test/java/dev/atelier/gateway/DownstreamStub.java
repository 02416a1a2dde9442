package dev.atelier.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * A neighbour service reduced to what routing needs: an HTTP server on a free loopback port that
 * remembers each request it received and answers with its own name: 200, or the statuses it was
 * told to give in turn, or never (until closed) when it plays a neighbour that hangs.
 */
public final class DownstreamStub {

    /** What reached the neighbour: method, path with query, and the Authorization header. */
    public record Received(String method, String pathAndQuery, String authorization) {
    }

    private final String name;

    private final HttpServer server;

    private final List<Received> received = new CopyOnWriteArrayList<>();

    private final List<Map<String, List<String>>> receivedHeaders = new CopyOnWriteArrayList<>();

    private final int[] statuses;

    private final boolean hangs;

    private final Duration delay;

    private final CountDownLatch closed = new CountDownLatch(1);

    private DownstreamStub(String name, boolean hangs, int... statuses) {
        this(name, hangs, Duration.ZERO, statuses);
    }

    private DownstreamStub(String name, boolean hangs, Duration delay, int... statuses) {
        this.name = name;
        this.hangs = hangs;
        this.delay = delay;
        this.statuses = statuses.length == 0 ? new int[] { 200 } : statuses;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.server.createContext("/", this::answer);
        this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        this.server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    public static DownstreamStub start(String name) {
        return new DownstreamStub(name, false);
    }

    /** Answers the n-th request with the n-th status, and every later one with the last. */
    public static DownstreamStub answering(String name, int... statuses) {
        return new DownstreamStub(name, false, statuses);
    }

    /** Answers every request with 200, each after {@code delay}: many calls are in flight at once. */
    public static DownstreamStub slow(String name, Duration delay) {
        return new DownstreamStub(name, false, delay);
    }

    /** Takes requests and answers none of them until closed. */
    public static DownstreamStub hanging(String name) {
        return new DownstreamStub(name, true);
    }

    public void close() {
        this.closed.countDown();
        this.server.stop(0);
    }

    public int port() {
        return this.server.getAddress().getPort();
    }

    public String uri() {
        return "http://127.0.0.1:" + this.server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(this.received);
    }

    /** The request headers of each received request, in order, names in lower case. */
    public List<Map<String, List<String>>> receivedHeaders() {
        return List.copyOf(this.receivedHeaders);
    }

    private void answer(HttpExchange exchange) throws IOException {
        int number = this.received.size();
        String query = exchange.getRequestURI().getRawQuery();
        String pathAndQuery = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
        this.received.add(new Received(exchange.getRequestMethod(), pathAndQuery,
                exchange.getRequestHeaders().getFirst("Authorization")));
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        this.receivedHeaders.add(headers);
        exchange.getRequestBody().readAllBytes();
        if (this.hangs) {
            awaitClose();
            return;
        }
        if (!this.delay.isZero()) {
            try {
                Thread.sleep(this.delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status = this.statuses[Math.min(number, this.statuses.length - 1)];
        byte[] body = ("{\"service\":\"" + this.name + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void awaitClose() {
        try {
            this.closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
