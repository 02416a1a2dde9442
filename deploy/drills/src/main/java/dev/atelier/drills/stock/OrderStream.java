package dev.atelier.drills.stock;

import dev.atelier.apiclient.Answer;
import dev.atelier.apiclient.GatewayApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Orders of one unit of an item, created through the gateway at a steady rate in the background until
 * stopped (each call on its own virtual thread, so a slow answer never delays the next): the load a
 * drill keeps up while it breaks something.
 */
final class OrderStream implements AutoCloseable {

    private final GatewayApi api;
    private final String customerId;
    private final String itemId;
    private final Duration interval;
    private final Queue<String> accepted = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();
    private final Thread pacer;
    private volatile boolean stopping;

    OrderStream(GatewayApi api, String customerId, String itemId, double perSecond) {
        this.api = api;
        this.customerId = customerId;
        this.itemId = itemId;
        this.interval = Duration.ofNanos((long) (1e9 / perSecond));
        this.pacer = Thread.ofVirtual().name("order-stream").start(this::pace);
    }

    private void pace() {
        long next = System.nanoTime();
        int n = 0;
        while (!stopping) {
            int number = n++;
            calls.submit(() -> create(number));
            next += interval.toNanos();
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void create(int number) {
        try {
            Answer answer = api.postJson("/api/orders", api.token("lead"),
                    StockFixture.orderJson(customerId, itemId, 1, "drill stream " + number));
            if (answer.status() == 201) {
                accepted.add(answer.text("id"));
            } else {
                refused.computeIfAbsent(Integer.toString(answer.status()), status -> new AtomicInteger()).incrementAndGet();
            }
        } catch (Exception e) {
            refused.computeIfAbsent(e.getClass().getSimpleName(), status -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** Orders answered 201 so far (their ids). */
    List<String> accepted() {
        return List.copyOf(accepted);
    }

    /** Refusals by status (or exception) so far. */
    Map<String, Integer> refused() {
        Map<String, Integer> counts = new TreeMap<>();
        refused.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    int refusedCount() {
        return refused().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Stops sending and waits (bounded) for the calls in flight. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        pacer.interrupt();
        pacer.join(Duration.ofSeconds(5));
        calls.shutdown();
        calls.awaitTermination(1, TimeUnit.MINUTES);
    }
}
