package dev.atelier.bench;

import dev.atelier.apiclient.Answer;
import dev.atelier.load.Figures;
import dev.atelier.load.Load;
import dev.atelier.load.PacedFigures;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code ./atelier bench}'s run: sets up a customer, two stock-tracked items and an order through the
 * gateway, then measures each scenario (warm-up, then a bounded measured phase) and prints
 * requests per second and p50/p95/p99, the cores, the load average and the footprint.
 */
public final class Benchmark {

    /** The performance aims that are not ratios to a peer (the ratios are in PeerAims). */
    static final double AIM_GET_P99_MS = 25;
    static final double AIM_SAGA_P99_MS = 150;
    static final int FIRST_WARMUP_FACTOR = 3;

    /**
     * How long the suite rests before its memory is read again: right after the uploads the heaps still hold their
     * garbage, and the launcher's JVM options give it back when a service idles (G1's periodic collection after 15 s,
     * the native heap trimmed every 10 s). The memory aim is judged on the rested figure.
     */
    static final Duration SETTLE = Duration.ofSeconds(30);

    public static final String ITEM_A = "BENCH-STOCK-A";
    public static final String ITEM_B = "BENCH-STOCK-B";
    static final String BENCH_EMAIL = "bench@atelier.example";

    private final BenchClient api;
    private final Load load;
    private final String orderServiceUrl;
    private final OrderSeed seed;
    private final BenchOptions options;
    private final Supplier<List<Footprint.Component>> footprint;
    private final PrintStream out;
    private boolean firstPhase = true;

    public Benchmark(BenchClient api, Load load, String orderServiceUrl, OrderSeed seed, BenchOptions options,
                     Supplier<List<Footprint.Component>> footprint, PrintStream out) {
        this.api = api;
        this.load = load;
        this.orderServiceUrl = orderServiceUrl;
        this.seed = seed;
        this.options = options;
        this.footprint = footprint;
        this.out = out;
    }

    /** The ids the scenarios need. */
    record Setup(String customerId, String itemA, String itemB, String orderId) {}

    public int run() throws Exception {
        List<Footprint.Component> before = footprint.get();
        out.printf(Locale.ROOT, "atelier bench: %d cores, load average %s, %d connections, warm-up %d s (the first %d s) + %d s measured"
                        + " per scenario, creates at %.0f/s%n", Runtime.getRuntime().availableProcessors(), loadAverage(), options.connections(),
                options.warmup().toSeconds(), options.warmup().multipliedBy(FIRST_WARMUP_FACTOR).toSeconds(), options.duration().toSeconds(),
                options.rate());
        out.println("closed loops by " + load.tool());
        if (!api.login()) {
            out.println("atelier bench: login as lead through the gateway failed; is the suite up (./atelier status)?");
            return 1;
        }
        Setup setup = setUp();
        int connections = options.connections();

        out.println();
        out.println("a. read one order by id");
        Figures viaGateway = closed(Load.Call.get(api.gateway() + "/api/orders/" + setup.orderId()));
        out.println(viaGateway.line("GET /api/orders/{id} via gateway"));
        Figures direct = closed(Load.Call.get(orderServiceUrl + "/api/orders/" + setup.orderId()));
        out.println(direct.line("GET /api/orders/{id} direct :" + port(orderServiceUrl)));
        double ratio = ratio(viaGateway, direct);
        out.printf(Locale.ROOT, "  gateway/direct throughput ratio     %.2f%n", ratio);

        out.println();
        out.println("a'. the peers, where they are running (../shared/bench/ starts them), the same way");
        Map<Peers.Peer, Figures> peers = new LinkedHashMap<>();
        for (Peers.Peer peer : Peers.ALL) {
            if (!Peers.running(peer)) {
                out.printf(Locale.ROOT, "  %-34s not running (%s)%n", peer.name(), peer.probe());
                continue;
            }
            Figures figures = closed(peer.call());
            peers.put(peer, figures);
            out.println(figures.line(peer.name()));
        }

        out.println();
        long seeded = seed.seeded();
        long total = seed.total();
        out.printf(Locale.ROOT, "b. list orders with a filter (%,d orders, %,d of them seeded by ./atelier bench seed)%n", total, seeded);
        if (total < 1_000_000) {
            out.println("  (fewer than 1,000,000 orders: run ./atelier bench seed first for the issue's figure)");
        }
        String byStatus = "/api/orders?status=IN_PROGRESS&sort=deliveryDate,asc&size=20";
        String byCustomer = "/api/orders?customerId=" + seededCustomer(4242) + "&size=20";
        Figures statusList = closed(Load.Call.get(api.gateway() + byStatus));
        out.println(statusList.line("GET ?status=IN_PROGRESS&sort=delivery"));
        Figures customerList = closed(Load.Call.get(api.gateway() + byCustomer));
        out.println(customerList.line("GET ?customerId=… (≈50 orders)"));

        out.println();
        out.printf(Locale.ROOT, "c. create an order with two stock-tracked items via gateway at %.0f/s, until it shows RESERVED%n", options.rate());
        createAtRate(setup, options.warmup());
        SagaPhase paced = createAtRate(setup, options.duration());
        out.println(paced.creates().line("POST /api/orders (at the rate)"));
        out.println(paced.saga().percentiles("saga: created → RESERVED"));
        Figures creates = closed(api.postJsonCall("/api/orders", orderJson(setup, "bench create")));
        out.println(creates.line("POST /api/orders, " + connections + " connections"));

        out.println();
        byte[] image = TestImage.noisePng(1 << 20, 42);
        out.printf(Locale.ROOT, "d. upload a %,d-byte PNG to POST /api/style-images via gateway%n", image.length);
        Figures uploads = closed(api.uploadCall(setup.orderId(), image));
        out.println(uploads.line("POST /api/style-images (1 MiB)"));

        out.println();
        out.printf(Locale.ROOT, "e. resident memory (VmRSS): before, right after, and after %d s at rest%n", SETTLE.toSeconds());
        List<Footprint.Component> after = footprint.get();
        Thread.sleep(SETTLE);
        List<Footprint.Component> settled = footprint.get();
        Footprint.print(out, before, after, settled);

        out.println();
        out.println("aims");
        new PeerAims(peers, out).print(viaGateway, direct, creates);
        aim("gateway GET p99 ≤ 25 ms", viaGateway.ok() > 0 && viaGateway.p99() <= AIM_GET_P99_MS);
        aim("saga p99 < 150 ms", paced.saga().count() > 0 && paced.saga().errors() == 0 && paced.saga().millisAt(99) < AIM_SAGA_P99_MS);
        aim(Footprint.springCount(settled) + " Spring apps ≤ 2 GiB " + SETTLE.toSeconds() + " s after",
                Footprint.springKilobytes(settled) <= 2L * 1024 * 1024);
        out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
        return 0;
    }

    private void aim(String what, boolean met) {
        out.printf(Locale.ROOT, "  %-42s %s%n", what, met ? "met" : "NOT met");
    }

    static double ratio(Figures viaGateway, Figures direct) {
        return direct.perSecond() == 0 ? 0 : viaGateway.perSecond() / direct.perSecond();
    }

    /**
     * A closed-loop phase of the run's width and length, with the chosen tool. The first warm-up is
     * three times as long: it also brings the services' JIT to its C2 code, which takes minutes of load
     * on two cores after a start (read throughput rose from ~420/s to ~740/s on the way, measured here).
     */
    private Figures closed(Load.Call call) throws Exception {
        Duration warmup = firstPhase ? options.warmup().multipliedBy(FIRST_WARMUP_FACTOR) : options.warmup();
        firstPhase = false;
        return load.closed(call, options.connections(), warmup, options.duration());
    }

    /** A paced phase of creates, and the saga's latency of the orders it created. */
    record SagaPhase(PacedFigures creates, Latencies saga) {}

    /**
     * Creates at the run's rate for the duration (wrk paces them), then waits for their sagas and reads
     * how long each took from order_service's timestamps ({@link SagaTimes}).
     */
    private SagaPhase createAtRate(Setup setup, Duration duration) throws Exception {
        if (duration.isZero()) {
            return new SagaPhase(null, new Latencies());
        }
        String notes = "bench saga " + UUID.randomUUID();
        Instant since = Instant.now().minusSeconds(1);
        PacedFigures creates = load.paced(api.postJsonCall("/api/orders", orderJson(setup, notes)), options.rate(), duration);
        try (Connection connection = seed.connect()) {
            return new SagaPhase(creates, SagaTimes.await(connection, since, notes));
        }
    }

    private Setup setUp() throws IOException, InterruptedException {
        String customerId = findOrCreate("/api/customers", """
                {"name": "Bench Customer", "email": "%s", "phone": "+2348000000000",
                 "address": {"street": "1 Bench Road", "city": "Lagos", "postalCode": "100001", "country": "NG"}, "notes": "./atelier bench"}"""
                .formatted(BENCH_EMAIL), BENCH_EMAIL);
        String itemA = findOrCreate("/api/inventory", itemJson(ITEM_A, "Bench stock A"), ITEM_A);
        String itemB = findOrCreate("/api/inventory", itemJson(ITEM_B, "Bench stock B"), ITEM_B);
        Setup partial = new Setup(customerId, itemA, itemB, null);
        Answer order = api.postJson("/api/orders", orderJson(partial, "bench read"));
        if (order.status() != 201) {
            throw new IOException("cannot create the order to read: HTTP " + order.status() + " " + order.body());
        }
        out.printf("setup: customer %s, items %s and %s (%s, %s), order %s%n", customerId, itemA, itemB, ITEM_A, ITEM_B, order.text("id"));
        return new Setup(customerId, itemA, itemB, order.text("id"));
    }

    /** POSTs, or on 409 finds the existing one by its search text. */
    private String findOrCreate(String path, String json, String query) throws IOException, InterruptedException {
        Answer created = api.postJson(path, json);
        if (created.status() == 201) {
            return created.text("id");
        }
        if (created.status() == 409) {
            Answer found = api.get(api.gateway() + path + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            String id = found.json().path("content").path(0).path("id").asString("");
            if (!id.isEmpty()) {
                return id;
            }
        }
        throw new IOException("cannot set up " + path + " " + query + ": HTTP " + created.status() + " " + created.body());
    }

    /** A stock-tracked item with a million pieces: enough for many runs at one piece an order. */
    static String itemJson(String sku, String name) {
        return """
                {"sku": "%s", "name": "%s", "category": "bench", "unit": "PIECE", "quantity": 1000000,
                 "price": {"amount": 1.00, "currency": "EUR"}, "lowStockThreshold": 0}""".formatted(sku, name);
    }

    static String orderJson(Setup setup, String notes) {
        return """
                {"customerId": "%s", "measurementId": null,
                 "items": [{"inventoryItemId": "%s", "quantity": 1}, {"inventoryItemId": "%s", "quantity": 1}],
                 "price": {"amount": 100.00, "currency": "EUR"}, "deliveryDate": "%s", "deliveryMethod": "PICKUP", "notes": "%s"}"""
                .formatted(setup.customerId(), setup.itemA(), setup.itemB(), LocalDate.now().plusWeeks(4), notes);
    }

    /** The customer id seed-orders.sql gives customer {@code n}: {@code md5('customer-' || n)::uuid}. */
    static String seededCustomer(int n) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(("customer-" + n).getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20)).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String port(String url) {
        return url.substring(url.lastIndexOf(':') + 1);
    }
}
