package dev.atelier.drills.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.atelier.drills.DrillContext;
import dev.atelier.drills.DrillReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The drill against a stand-in registry on loopback: it passes only when anonymous calls are refused. */
class RegistryDrillTest {

    private static final String ACCOUNT = "Basic " + Base64.getEncoder().encodeToString("registry:secret".getBytes(StandardCharsets.UTF_8));

    private HttpServer server;
    private final List<String> registered = new ArrayList<>();
    private final List<String> deleted = new ArrayList<>();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void passes_against_a_registry_that_wants_its_account() throws Exception {
        start(exchange -> ACCOUNT.equals(exchange.getRequestHeaders().getFirst("Authorization")));
        DrillReport report = run();
        assertThat(report.passed()).as(report.failures().toString()).isTrue();
        assertThat(registered).isEmpty();
    }

    @Test
    void fails_against_an_open_registry_and_removes_what_it_forged() throws Exception {
        start(exchange -> true);
        DrillReport report = run();
        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).anyMatch(failure -> failure.startsWith("anonymous registration refused"))
                .anyMatch(failure -> failure.startsWith("no forged"));
        assertThat(deleted).containsExactly("/eureka/apps/ORDER-SERVICE/" + RegistryDrill.FORGED_ID);
    }

    /** A registry stand-in: health is open; everything else needs {@code admits}; it lists what was posted. */
    private void start(Predicate<HttpExchange> admits) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.equals("/actuator/health")) {
                answer(exchange, 200, "{\"status\":\"UP\"}");
            } else if (!admits.test(exchange)) {
                answer(exchange, 401, "");
            } else if (exchange.getRequestMethod().equals("POST")) {
                registered.add(body);
                answer(exchange, 204, "");
            } else if (exchange.getRequestMethod().equals("DELETE")) {
                deleted.add(path);
                answer(exchange, 200, "");
            } else {
                answer(exchange, 200, "{\"application\": {\"name\": \"ORDER-SERVICE\", \"instance\": " + registered + "}}");
            }
        });
        server.start();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private DrillReport run() throws Exception {
        DrillReport report = new DrillReport("registry", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        new RegistryDrill().run(context("http://127.0.0.1:" + server.getAddress().getPort()), report);
        return report;
    }

    /** Only {@code serviceUrl("discovery")} and the registry's account are used by this drill. */
    private static DrillContext context(String registryUrl) {
        return (DrillContext) Proxy.newProxyInstance(DrillContext.class.getClassLoader(), new Class<?>[] {DrillContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("serviceUrl") && "discovery".equals(args[0])) {
                        return registryUrl;
                    }
                    if (method.getName().equals("registryAuthorization")) {
                        return ACCOUNT;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
