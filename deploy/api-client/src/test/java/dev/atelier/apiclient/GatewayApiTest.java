package dev.atelier.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's logins, against a stand-in gateway on loopback that counts them. */
class GatewayApiTest {

    private final AtomicInteger logins = new AtomicInteger();
    /** Holds every login's answer until the test lets it go, so the other callers arrive meanwhile. */
    private final CountDownLatch answer = new CountDownLatch(1);
    private HttpServer gateway;

    @BeforeEach
    void start() throws Exception {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        gateway.createContext("/api/auth/login", exchange -> {
            int login = logins.incrementAndGet();
            try {
                answer.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = ("{\"access_token\": \"token-" + login + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stop() {
        answer.countDown();
        gateway.stop(0);
    }

    @Test
    void callers_that_need_a_token_at_once_share_one_login() throws Exception {
        GatewayApi api = new GatewayApi("http://127.0.0.1:" + gateway.getAddress().getPort());
        List<Thread> callerThreads = new CopyOnWriteArrayList<>();
        ThreadFactory recorded = task -> {
            Thread thread = Thread.ofVirtual().unstarted(task);
            callerThreads.add(thread);
            return thread;
        };
        List<Future<String>> tokens = new ArrayList<>();
        try (ExecutorService callers = Executors.newThreadPerTaskExecutor(recorded)) {
            for (int i = 0; i < 20; i++) {
                tokens.add(callers.submit(() -> api.token("lead")));
            }
            // every caller is inside token(): one waits for the held login's answer, the others for it
            await().atMost(Duration.ofSeconds(10)).until(() -> logins.get() >= 1 && callerThreads.size() == 20
                    && callerThreads.stream().allMatch(thread -> thread.getState() == Thread.State.WAITING));
            answer.countDown();
        }

        assertThat(logins).hasValue(1);
        for (Future<String> token : tokens) {
            assertThat(token.get()).isEqualTo("token-1");
        }
        assertThat(api.token("lead")).as("reused while fresh").isEqualTo("token-1");
        assertThat(api.token("junior")).as("another user logs in on its own").isEqualTo("token-2");
    }
}
