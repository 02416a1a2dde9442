package dev.atelier.launcher;

import dev.atelier.launcher.bench.BenchClient;
import dev.atelier.launcher.bench.BenchOptions;
import dev.atelier.launcher.bench.Benchmark;
import dev.atelier.launcher.bench.ClosedLoad;
import dev.atelier.launcher.bench.Footprint;
import dev.atelier.launcher.bench.JavaClosedLoad;
import dev.atelier.launcher.bench.OrderSeed;
import dev.atelier.launcher.bench.WrkClosedLoad;
import dev.atelier.launcher.suite.ResidentMemory;
import dev.atelier.launcher.suite.ServiceProcess;
import dev.atelier.launcher.suite.SuiteService;
import dev.atelier.servers.LocalServer;
import dev.atelier.servers.Ports;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * {@code ./atelier bench}: the load benchmark against the running local suite (loopback only), and
 * {@code bench seed} / {@code bench unseed} for the million orders of the list scenario.
 */
final class BenchCommand implements Subcommand {

    private final Supplier<LocalSuite> suites;

    BenchCommand(Supplier<LocalSuite> suites) {
        this.suites = suites;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "load benchmark of the running suite: req/s and p50/p95/p99 per scenario, memory";
    }

    @Override
    public String help() {
        return """
                Usage: ./atelier bench [--seed] [--warmup 30s] [--duration 20s] [--connections 16] [--rate 20] [--tool wrk|java]
                       ./atelier bench seed [--orders 1000000]
                       ./atelier bench unseed

                Runs against the suite ./atelier up started (refuses otherwise), on loopback, as lead. Each
                scenario first runs a warm-up phase (figures thrown away), then a measured phase, and prints
                requests per second and p50/p95/p99 latency:
                  a. GET /api/orders/{id} through the gateway and directly at order-service (and the ratio);
                  b. GET /api/orders with a status filter (sorted by delivery date) and a customer filter;
                  c. POST /api/orders with two stock-tracked items at --rate per second, each followed until
                     it shows stockStatus RESERVED (the saga's latency), then creates at --connections;
                  d. POST /api/style-images with a 1 MiB PNG;
                  e. resident memory (VmRSS) per component before and after, and the six Spring apps' sum.
                Also prints the core count and the load average (other work on the machine skews figures).

                The closed loops (a, b, the creates of c, d) run with wrk when it is on the PATH (Debian: apt-get
                install wrk; C, little CPU of its own), else with a Java loop in this JVM (JDK HttpClient), which
                takes CPU from the suite on a small machine; --tool picks one. The saga of c is always followed
                from here. wrk sends lead's token of the moment: keep warm-up + duration under 5 minutes.

                seed     adds --orders orders (default 1,000,000, two items each) straight into the local
                         order_service database with order-service/bench/seed-orders.sql (about 2-3 minutes),
                         marked created_by = 'bench-seed'. --seed does it before the run unless already there.
                unseed   deletes the marked orders (and their items) again.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        BenchOptions options = BenchOptions.parse(args);
        if (options.action() == BenchOptions.Action.HELP) {
            out.print(help());
            return 0;
        }
        LocalSuite suite = suites.get();
        List<LocalSuite.Row> down = suite.rows().stream().filter(row -> !row.up()).toList();
        if (!down.isEmpty()) {
            err.println("atelier bench: the suite is not up (" + String.join(", ", down.stream().map(LocalSuite.Row::name).toList())
                    + " down); start it with ./atelier up --detach and check ./atelier status");
            return InfraCommand.NOT_RUNNING;
        }
        OrderSeed seed = new OrderSeed(Ports.LOOPBACK, suite.infra().postgres().port(), "order_service", "order_service", "order_service");
        try {
            switch (options.action()) {
                case SEED -> {
                    return seed(suite, seed, options.orders(), out);
                }
                case UNSEED -> {
                    long start = System.nanoTime();
                    long deleted = seed.unseed();
                    out.printf(Locale.ROOT, "atelier bench unseed: %,d seeded orders deleted in %s%n", deleted, LocalSuite.seconds(System.nanoTime() - start));
                    return 0;
                }
                default -> {
                    if (options.seedFirst() && seed.seeded() == 0) {
                        seed(suite, seed, options.orders(), out);
                    }
                    String orderService = "http://" + Ports.LOOPBACK + ":" + suite.service(SuiteService.ORDER).port();
                    BenchClient api = new BenchClient(suite.gatewayUrl());
                    ClosedLoad load = load(options.tool(), api, WrkClosedLoad.find());
                    return new Benchmark(api, load, orderService, seed, options, () -> footprint(suite), out).run();
                }
            }
        } catch (SQLException e) {
            err.println("atelier bench: order_service database: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("atelier bench: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("atelier bench: interrupted");
            return 1;
        } catch (Exception e) {
            err.println("atelier bench: " + e.getMessage());
            return 1;
        }
    }

    /** wrk when asked for or found (AUTO), else the Java loop; asking for wrk without it is an error. */
    static ClosedLoad load(BenchOptions.Tool tool, BenchClient api, Optional<Path> wrk) {
        return switch (tool) {
            case JAVA -> new JavaClosedLoad(api);
            case WRK -> new WrkClosedLoad(wrk.orElseThrow(() -> new IllegalArgumentException(
                    "bench: --tool wrk, but there is no wrk on the PATH (Debian: apt-get install wrk)")), api);
            case AUTO -> wrk.<ClosedLoad>map(path -> new WrkClosedLoad(path, api)).orElseGet(() -> new JavaClosedLoad(api));
        };
    }

    private static int seed(LocalSuite suite, OrderSeed seed, long orders, PrintStream out) throws SQLException, IOException {
        out.printf(Locale.ROOT, "atelier bench seed: %,d orders with two items each into order_service (%s) ...%n", orders, OrderSeed.SCRIPT);
        long start = System.nanoTime();
        seed.seed(suite.root(), orders);
        out.printf(Locale.ROOT, "  done in %s: %,d seeded orders, %,d orders in all (./atelier bench unseed removes them)%n",
                LocalSuite.seconds(System.nanoTime() - start), seed.seeded(), seed.total());
        return 0;
    }

    /** Every component's VmRSS now: the infrastructure servers, then the six Spring applications. */
    static List<Footprint.Component> footprint(LocalSuite suite) {
        List<Footprint.Component> components = new ArrayList<>();
        for (LocalServer server : suite.infra().servers()) {
            Long pid = server.status().pid();
            components.add(new Footprint.Component(server.name(), false, pid == null ? OptionalLong.empty() : ResidentMemory.ofTree(pid)));
        }
        for (ServiceProcess process : suite.services()) {
            components.add(new Footprint.Component(process.service().name(), true,
                    process.pid().map(ResidentMemory::ofTree).orElse(OptionalLong.empty())));
        }
        return components;
    }
}
