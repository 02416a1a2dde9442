package dev.atelier.notification.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A real HTTP server on loopback receiving webhooks: records each POST (path, headers, body) and answers
 * 204, or the statuses a test queued for a path first.
 */
final class WebhookReceiver {

    record Received(String path, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private final Map<String, Queue<Integer>> statuses = new ConcurrentHashMap<>();
    private final DisposableServer server = HttpServer.create().host("127.0.0.1").port(0)
            .handle((request, response) -> request.receive().aggregate().asString(StandardCharsets.UTF_8)
                    .defaultIfEmpty("")
                    .flatMap(body -> {
                        Map<String, String> headers = new ConcurrentHashMap<>();
                        request.requestHeaders().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                        received.add(new Received(request.path(), headers, body));
                        Queue<Integer> queued = statuses.get("/" + request.path());
                        Integer status = queued == null ? null : queued.poll();
                        return response.status(status == null ? 204 : status).send().then();
                    }))
            .bindNow();

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** The next answers to POSTs on {@code path}, before the 204s. */
    void answer(String path, int... next) {
        Queue<Integer> queue = statuses.computeIfAbsent(path, key -> new ConcurrentLinkedQueue<>());
        for (int status : next) {
            queue.add(status);
        }
    }

    List<Received> at(String path) {
        return received.stream().filter(r -> ("/" + r.path()).equals(path)).toList();
    }
}
