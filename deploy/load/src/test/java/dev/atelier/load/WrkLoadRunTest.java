package dev.atelier.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load engine against a loopback server that answers after 100 ms: real wrk, real script. */
class WrkLoadRunTest {

    static final Duration ANSWER_AFTER = Duration.ofMillis(100);
    static final Duration SLOW_ANSWER = Duration.ofSeconds(2);

    private final AtomicInteger streamed = new AtomicInteger();
    private final Queue<Long> arrivals = new ConcurrentLinkedQueue<>();
    private final Queue<String> seen = new ConcurrentLinkedQueue<>();
    private HttpServer server;
    private WrkLoad load;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/orders", exchange -> {
            arrivals.add(System.nanoTime());
            byte[] body = exchange.getRequestBody().readAllBytes();
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " " + new String(body, StandardCharsets.UTF_8));
            try {
                Thread.sleep(ANSWER_AFTER);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int number = exchange.getRequestURI().getPath().equals("/orders/stream") ? streamed.incrementAndGet() : 1;
            boolean refused = number % 3 == 0;
            byte[] answer = (refused ? "{\"status\": 503}" : "{\"id\": \"o-" + number + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(refused ? 503 : 201, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(SLOW_ANSWER);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            arrivals.add(System.nanoTime());
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("{}".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.start();
        load = new WrkLoad(WrkLoad.WRK.binary(), () -> "Bearer test-token");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Load.Call post() {
        return post("/orders");
    }

    private Load.Call post(String path) {
        return new Load.Call("POST", "http://127.0.0.1:" + server.getAddress().getPort() + path, "application/json",
                "{\"notes\":\"paced\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_paced_phase_sends_at_the_rate_whatever_the_answers_take() throws Exception {
        PacedFigures paced = load.paced(post(), 40, Duration.ofSeconds(3));

        // 40 connections answering in 100 ms could carry 400 calls a second; the schedule asks for 40
        assertThat(arrivals).hasSizeBetween(100, 122);
        assertThat(paced.answers().ok()).isBetween(95L, 122L);
        assertThat(paced.answers().failed()).isZero();
        assertThat(paced.sentLate()).isZero();
        assertThat(paced.answers().p50()).isBetween(100.0, 160.0);
        List<Long> times = List.copyOf(arrivals).stream().sorted().toList();
        double spreadSeconds = (times.getLast() - times.getFirst()) / 1e9;
        assertThat(spreadSeconds).isBetween(2.5, 3.1);
        assertThat(seen).allMatch(call -> call.equals("POST Bearer test-token application/json {\"notes\":\"paced\"}"));
    }

    @Test
    void a_stream_runs_until_stopped_and_knows_the_answer_to_every_call_it_sent() throws Exception {
        try (WrkStream stream = load.stream(post("/orders/stream"), 40, Duration.ofMinutes(1))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> arrivals.size() >= 40);
            WrkStream.Answers answers = stream.stop();
            int served = arrivals.size();

            await("nothing is sent after the stop").during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .until(() -> arrivals.size() == served);
            // 40 calls seen, then those already given a time (a second ahead at most with 40 connections)
            assertThat(served).isBetween(40, 100);
            assertThat(answers.unanswered()).isZero();
            assertThat(answers.accepted().size() + answers.refused().getOrDefault("503", 0)).isEqualTo(served);
            assertThat(answers.refused()).containsOnlyKeys("503");
            assertThat(answers.accepted()).doesNotHaveDuplicates().allMatch(id -> id.startsWith("o-"));
            assertThat(answers.notAccepted()).isEqualTo(answers.refused());
        }
    }

    @Test
    void calls_that_find_no_free_connection_are_counted_late() throws Exception {
        // 40 connections (one per call a second) answering in 2 s carry 20 calls a second; 40 are due
        PacedFigures paced = load.paced(Load.Call.get("http://127.0.0.1:" + server.getAddress().getPort() + "/slow"), 40,
                Duration.ofSeconds(3));

        assertThat(paced.sentLate()).isGreaterThan(10);
        assertThat(paced.latestMs()).isGreaterThan(500);
        assertThat(paced.answers().ok()).isBetween(30L, 60L);
    }

    @Test
    void a_closed_loop_sends_again_as_soon_as_each_connection_is_answered() throws Exception {
        Figures closed = load.closed(post(), 8, Duration.ZERO, Duration.ofSeconds(2));

        // 8 connections, 100 ms an answer: about 80 a second, no pacing
        assertThat(closed.perSecond()).isBetween(50.0, 82.0);
        assertThat(closed.failed()).isZero();
        assertThat(arrivals).hasSizeBetween(100, 170);
    }
}
