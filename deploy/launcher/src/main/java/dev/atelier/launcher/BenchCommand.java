package dev.atelier.launcher;

import dev.atelier.bench.BenchClient;
import dev.atelier.bench.BenchOptions;
import dev.atelier.bench.Benchmark;
import dev.atelier.bench.Footprint;
import dev.atelier.bench.OrderSeed;
import dev.atelier.launcher.suite.ResidentMemory;
import dev.atelier.launcher.suite.ServiceProcess;
import dev.atelier.load.Load;
import dev.atelier.load.WrkLoad;
import dev.atelier.servers.LocalServer;
import dev.atelier.servers.Ports;
import dev.atelier.suite.SuiteService;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code ./atelier bench}: the load benchmark against the running local suite (loopback only), and
 * {@code bench seed} / {@code bench unseed} for the million orders of the list scenario.
 */
@Command(name = "bench", header = "load benchmark of the running suite: req/s and p50/p95/p99 per scenario, memory",
        description = {
            "Runs against the suite ./atelier up started (refuses otherwise), on loopback, as lead. Each scenario first runs"
                + " a warm-up phase (figures thrown away), then a measured phase, and prints requests per second and"
                + " p50/p95/p99 latency:",
            "  a. GET /api/orders/{id} through the gateway and directly at order-service (and the ratio);",
            "  b. GET /api/orders with a status filter (sorted by delivery date) and a customer filter;",
            "  c. POST /api/orders with two stock-tracked items at --rate per second, then each one's time from creation"
                + " until inventory's answer made it RESERVED (the saga's latency, from order_service's timestamps),"
                + " then creates at --connections;",
            "  d. POST /api/style-images with a 1 MiB PNG;",
            "  e. resident memory (VmRSS) per component before and after, and the seven Spring apps' sum.",
            "Also prints the core count and the load average (other work on the machine skews figures).",
            "Every phase runs with wrk, the tool the peers are measured with (Debian's package, installed with apt-get"
                + " when missing and run as root): closed loops at --connections, and c's paced creates on one thread, a"
                + " connection per call a second. wrk sends lead's token of the moment: keep warm-up + duration under 5 minutes."})
final class BenchCommand implements Callable<Integer> {

    static final long MAX_ORDERS = 20_000_000;

    private final Supplier<LocalSuite> suites;

    @ParentCommand
    private AtelierCli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = "--seed", description = "Seed the orders first (see 'seed') unless they are there.")
    boolean seedFirst;

    @Option(names = "--warmup", paramLabel = "DURATION", defaultValue = "30s", converter = DurationText.class,
            description = "Warm-up per scenario, e.g. 30s, 2m, 500ms; 0 to 10m (default ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--duration", paramLabel = "DURATION", defaultValue = "20s", converter = DurationText.class,
            description = "Measured phase per scenario; above 0 to 10m (default ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "16",
            description = "Concurrent connections of the closed loops, 1 to 1024 (default ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--rate", paramLabel = "PER_SECOND", defaultValue = "20",
            description = "Orders per second of the saga scenario, at most 2000 (default ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--orders", paramLabel = "N", defaultValue = "1000000", converter = WholeNumber.class,
            description = "How many orders --seed adds (default ${DEFAULT-VALUE}).")
    long orders;

    BenchCommand(Supplier<LocalSuite> suites) {
        this.suites = suites;
    }

    @Override
    public Integer call() {
        BenchOptions options = shape();
        return withSuite((suite, seed) -> {
            if (seedFirst && seed.seeded() == 0) {
                seedOrders(suite, seed, checkedOrders(orders), cli.out());
            }
            String orderService = "http://" + Ports.LOOPBACK + ":" + suite.service(SuiteService.ORDER).port();
            BenchClient api = new BenchClient(suite.gatewayUrl());
            Load load = new WrkLoad(WrkLoad.WRK.binary(), api::bearer);
            return new Benchmark(api, load, orderService, seed, options, () -> footprint(suite), cli.out()).run();
        });
    }

    @Command(name = "seed", header = "add --orders orders straight into the local order_service database",
            description = "Adds --orders orders (two items each) with order-service/bench/seed-orders.sql (about 2-3 minutes"
                    + " for a million), marked created_by = 'bench-seed'; ./atelier bench unseed deletes them.")
    int seed(@Option(names = "--orders", paramLabel = "N", defaultValue = "1000000", converter = WholeNumber.class,
                     description = "How many, 1 to 20,000,000 (default ${DEFAULT-VALUE}).") long count) {
        long checked = checkedOrders(count);
        refuseSeedFirst("seed");
        return withSuite((suite, seed) -> seedOrders(suite, seed, checked, cli.out()));
    }

    @Command(name = "unseed", header = "delete the seeded orders (and their items) again")
    int unseed() {
        refuseSeedFirst("unseed");
        return withSuite((suite, seed) -> {
            long start = System.nanoTime();
            long deleted = seed.unseed();
            cli.out().printf(Locale.ROOT, "atelier bench unseed: %,d seeded orders deleted in %s%n", deleted,
                    LocalSuite.seconds(System.nanoTime() - start));
            return 0;
        });
    }

    /** What a bench action does with the running suite and its order_service database. */
    @FunctionalInterface
    private interface SuiteAction {
        int run(LocalSuite suite, OrderSeed seed) throws Exception;
    }

    /** Refuses when the suite is not up; one line for whatever fails. */
    private int withSuite(SuiteAction action) {
        PrintStream err = cli.err();
        LocalSuite suite = suites.get();
        List<LocalSuite.Row> down = suite.rows().stream().filter(row -> !row.up()).toList();
        if (!down.isEmpty()) {
            err.println("atelier bench: the suite is not up (" + String.join(", ", down.stream().map(LocalSuite.Row::name).toList())
                    + " down); start it with ./atelier up --detach and check ./atelier status");
            return InfraCommand.NOT_RUNNING;
        }
        OrderSeed seed = new OrderSeed(Ports.LOOPBACK, suite.infra().postgres().port(), "order_service", "order_service", "order_service");
        try {
            return action.run(suite, seed);
        } catch (SQLException e) {
            err.println("atelier bench: order_service database: " + e.getMessage());
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

    /** The run's shape, or a usage error naming the option out of bounds. */
    BenchOptions shape() {
        try {
            return new BenchOptions(warmup, duration, connections, rate);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void refuseSeedFirst(String action) {
        if (seedFirst) {
            throw new ParameterException(spec.commandLine(), "--seed goes with the run, not with '" + action + "'");
        }
    }

    private long checkedOrders(long count) {
        if (count < 1 || count > MAX_ORDERS) {
            throw new ParameterException(spec.commandLine(), "--orders must be 1 to " + MAX_ORDERS);
        }
        return count;
    }

    /** {@code 20}, {@code 20s}, {@code 2m}, {@code 500ms}. */
    static final class DurationText implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            try {
                if (t.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
                } else if (t.endsWith("s")) {
                    return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
                } else if (t.endsWith("m")) {
                    return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
                }
                return Duration.ofSeconds(Long.parseLong(t));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + text + "' is not a duration (e.g. 20s, 2m, 500ms)");
            }
        }
    }

    /** {@code 1000000}, {@code 1_000_000} or {@code 1,000,000}. */
    static final class WholeNumber implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            try {
                return Long.parseLong(text.replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + text + "' is not a whole number");
            }
        }
    }

    private static int seedOrders(LocalSuite suite, OrderSeed seed, long orders, PrintStream out) throws SQLException, IOException {
        out.printf(Locale.ROOT, "atelier bench seed: %,d orders with two items each into order_service (%s) ...%n", orders, OrderSeed.SCRIPT);
        long start = System.nanoTime();
        seed.seed(suite.root(), orders);
        out.printf(Locale.ROOT, "  done in %s: %,d seeded orders, %,d orders in all (./atelier bench unseed removes them)%n",
                LocalSuite.seconds(System.nanoTime() - start), seed.seeded(), seed.total());
        return 0;
    }

    /** Every component's VmRSS now: the infrastructure servers, then the seven Spring applications. */
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
