package dev.atelier.launcher;

import dev.atelier.launcher.suite.ServiceBuild;
import dev.atelier.launcher.suite.ServiceProcess;
import dev.atelier.servers.InfraException;
import dev.atelier.servers.Jdk;
import dev.atelier.servers.LocalServer;
import dev.atelier.suite.SuiteService;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./atelier up [--detach] [--demo]}: builds what is missing, starts the infrastructure and the
 * six applications, waits until each is ready, then (without {@code --detach}) watches them until
 * Ctrl-C, which stops everything.
 */
@Command(name = "up",
        header = "build what is missing, start everything, wait until ready; --detach returns, otherwise Ctrl-C stops",
        description = {
            "Builds the services' jars when missing or older than their sources (./mvnw -q -DskipTests package), starts"
                    + " PostgreSQL, Kafka, S3, Keycloak, Redis and a mail sink (SMTP 3025), then discovery (8761), customer (8082),"
                    + " inventory (8083), order (8081), media (8084), notification (8085) and the gateway (8080); waits until each"
                    + " answers UP on its actuator health and is registered in Eureka, and prints the URLs and the demo logins."
                    + " notification-service's mails stay in the sink: ./atelier mail lists them.",
            "Without --detach it stays in the foreground, one line per state change; Ctrl-C stops everything."})
final class UpCommand implements Callable<Integer> {

    static final Duration READY_TIMEOUT = Duration.ofMinutes(6);
    static final Duration WATCH_INTERVAL = Duration.ofSeconds(2);

    private final Supplier<LocalSuite> suites;

    @ParentCommand
    private AtelierCli cli;

    @Option(names = {"-d", "--detach"}, description = "Return once everything is ready; stop later with ./atelier down.")
    boolean detach;

    @Option(names = "--demo", description = "Fill in demo data when ready (same as ./atelier demo-data).")
    boolean demoData;

    UpCommand(Supplier<LocalSuite> suites) {
        this.suites = suites;
    }

    /** The services' JVM options come from code, so their default is written into the help here. */
    @Spec
    void explainJavaOptions(CommandSpec spec) {
        spec.usageMessage().footer("Logs: .atelier/logs/NAME.log (./atelier logs NAME). JVM options of the services:"
                + " ATELIER_SERVICE_JAVA_OPTS (default \"" + String.join(" ", ServiceProcess.DEFAULT_JAVA_OPTIONS)
                + "\"; on JDK 22+ also -XX:TrimNativeHeapInterval=10000, on JDK 24+ --enable-native-access=ALL-UNNAMED, on JDK 25+ -XX:+UseCompactObjectHeaders;"
                + " discovery, media and notification add -XX:TieredStopAtLevel=1; media's heap limit is -Xmx128m).");
    }

    @Override
    public Integer call() {
        PrintStream out = cli.out();
        PrintStream err = cli.err();
        LocalSuite suite = suites.get();
        String already = alreadyRunning(suite);
        if (already != null) {
            out.println(already);
            return 0;
        }
        Instant t0 = Instant.now();
        out.println("Starting Atelier (data in " + suite.dataDir() + ")");
        StopOnExit stopOnExit = null;
        if (!detach) {
            suite.claimForeground();
            stopOnExit = new StopOnExit(suite, out, err);
            Runtime.getRuntime().addShutdownHook(stopOnExit);
        }
        try {
            start(suite, out, t0);
        } catch (InfraException | CompletionException e) {
            String message = e instanceof CompletionException && e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            err.println();
            err.println("atelier: " + message);
            if (detach) {
                err.println("What started keeps running: look at ./atelier status and ./atelier logs NAME, fix it and run"
                        + " './atelier up --detach' again, or stop everything with './atelier down'.");
            } else {
                err.println("Stopping what started ...");
            }
            return 1;
        }
        out.println();
        out.println("Atelier is ready in " + LocalSuite.seconds(Duration.between(t0, Instant.now()).toNanos())
                + " (from start to ready).");
        printWelcome(suite, out);
        if (demoData) {
            new DemoDataCommand(() -> suite).fill(suite.gatewayUrl(), out, err);
        }
        if (detach) {
            out.println("Running in the background: ./atelier status, ./atelier logs NAME, ./atelier down.");
            return 0;
        }
        out.println("Watching (one line per change); Ctrl-C stops everything.");
        watch(suite, out, stopOnExit);
        return 0;
    }

    /** Why not to start twins, or null when nothing runs. */
    static String alreadyRunning(LocalSuite suite) {
        var launcher = suite.foregroundLauncher();
        if (launcher.isPresent()) {
            return "Atelier is already running in the foreground of another terminal (launcher pid " + launcher.get().pid()
                    + "): ./atelier status shows it, Ctrl-C there or ./atelier down stops it.";
        }
        List<ServiceProcess> running = suite.services().stream().filter(ServiceProcess::isRunning).toList();
        if (running.size() == SuiteService.ALL.size()) {
            return "Atelier is already running (" + String.join(", ", running.stream()
                    .map(process -> process.service().name() + " pid " + process.pid().orElse(0L)).toList())
                    + "): ./atelier status shows it, ./atelier down stops it.";
        }
        return null;
    }

    private void start(LocalSuite suite, PrintStream out, Instant t0) {
        List<SuiteService> stale = new ServiceBuild(suite.root()).stale(SuiteService.ALL);
        if (!stale.isEmpty()) {
            long built = System.nanoTime();
            out.println("  building   " + String.join(", ", stale.stream().map(SuiteService::module).toList())
                    + " (./mvnw -q -DskipTests package; log .atelier/logs/build.log) ...");
            new ServiceBuild(suite.root()).build(stale, suite.dataDir().resolve("logs").resolve("build.log"));
            LocalSuite.line(out, "build", "done in " + LocalSuite.seconds(System.nanoTime() - built), "");
        }
        Jdk jdk = Jdk.forServers();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        // after a build, the jars are extracted again: two at a time, while the infrastructure starts
        ExecutorService extractions = Executors.newFixedThreadPool(2);
        // (never under a running service: it keeps its copy until it is restarted)
        suite.services().stream().filter(process -> !process.isRunning())
                .forEach(process -> extractions.submit(() -> process.extract(jdk)));
        extractions.shutdown();
        try {
            long t0Nanos = System.nanoTime() - Duration.between(t0, Instant.now()).toNanos();
            Map<LocalServer, CompletableFuture<Void>> infra = suite.startInfrastructure(pool, out, t0Nanos);
            // the registry needs nothing, so it starts with the infrastructure
            suite.launch(suite.service(SuiteService.DISCOVERY), jdk, out);
            // Flyway migrates at start-up and the consumers subscribe: PostgreSQL and Kafka first.
            infra.get(suite.infra().postgres()).join();
            infra.get(suite.infra().kafka()).join();
            for (SuiteService service : List.of(SuiteService.CUSTOMER, SuiteService.INVENTORY, SuiteService.ORDER,
                    SuiteService.MEDIA, SuiteService.NOTIFICATION, SuiteService.GATEWAY)) {
                suite.launch(suite.service(service), jdk, out);
            }
            // the services read the issuer on their first token, so they get ready while Keycloak starts
            awaitReady(suite, out, t0);
            infra.values().forEach(CompletableFuture::join);
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitReady(LocalSuite suite, PrintStream out, Instant t0) {
        Instant started = Instant.now();
        Instant deadline = started.plus(READY_TIMEOUT);
        Set<ServiceProcess> waiting = new LinkedHashSet<>(suite.services());
        while (!waiting.isEmpty()) {
            Set<String> registered = suite.registered();
            for (ServiceProcess process : List.copyOf(waiting)) {
                if (!process.isRunning()) {
                    throw new InfraException(process.service().module() + " stopped while starting. Last lines of "
                            + process.logFile() + ":" + System.lineSeparator() + process.logTail(30));
                }
                if (suite.ready(process, registered)) {
                    waiting.remove(process);
                    LocalSuite.line(out, process.service().name(), "ready" + (process.registersWithEureka() ? ", in Eureka" : "")
                            + " after " + LocalSuite.seconds(Duration.between(t0, Instant.now()).toNanos()),
                            "http://127.0.0.1:" + process.port());
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                ServiceProcess first = waiting.iterator().next();
                throw new InfraException("not ready after " + READY_TIMEOUT.toMinutes() + " minutes: "
                        + String.join(", ", waiting.stream().map(p -> p.service().module() + " (" + suite.health(p).detail() + ")").toList())
                        + ". Last lines of " + first.logFile() + ":" + System.lineSeparator() + first.logTail(30));
            }
            pause(Duration.ofMillis(500));
        }
    }

    static void printWelcome(LocalSuite suite, PrintStream out) {
        String gateway = suite.gatewayUrl();
        out.println("  Console     " + gateway + "/   (Atelier Studio, the designers' web app)");
        out.println("  Gateway     " + gateway + "   (the API: " + gateway + "/api/...)");
        out.println("  Swagger UI  " + gateway + "/swagger-ui.html");
        out.println("  Keycloak    " + suite.infra().keycloak().baseUrl() + "   (admin console " + suite.infra().keycloak().baseUrl()
                + "/admin: " + suite.infra().settings().keycloakAdmin() + " / " + suite.infra().settings().keycloakAdminPassword() + ")");
        out.println("  Eureka      http://127.0.0.1:" + suite.service(SuiteService.DISCOVERY).port());
        out.println("  Mail        customers' mails stay in the local sink (SMTP " + suite.infra().mail().host() + ":"
                + suite.infra().mail().port() + "): ./atelier mail lists them");
        out.println("  Logins      lead / lead (lead_designer), junior / junior (junior_designer)");
        out.println("  A token     curl -s -X POST " + gateway + "/api/auth/login -H 'Content-Type: application/json'"
                + " -d '{\"username\":\"lead\",\"password\":\"lead\"}'");
    }

    /** Polls every component and prints one line whenever one changes state, until the JVM shuts down. */
    private void watch(LocalSuite suite, PrintStream out, StopOnExit stopOnExit) {
        Map<String, String> last = new HashMap<>();
        suite.rows().forEach(row -> last.put(row.name(), state(row)));
        while (!stopOnExit.started()) {
            pause(WATCH_INTERVAL);
            for (LocalSuite.Row row : suite.rows()) {
                String now = state(row);
                String before = last.put(row.name(), now);
                if (!now.equals(before) && !stopOnExit.started()) {
                    synchronized (out) {
                        out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "  " + row.name() + ": " + before + " -> " + now
                                + ("up".equals(now) ? "" : "  (" + row.health() + ")"));
                    }
                }
            }
        }
    }

    static String state(LocalSuite.Row row) {
        return row.up() ? "up" : row.pid() == null && row.health().equals("not running") ? "stopped" : "down";
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted", e);
        }
    }

    /** Ctrl-C (or a failed start) in the foreground: services first, then the infrastructure. */
    static final class StopOnExit extends Thread {

        private final LocalSuite suite;
        private final PrintStream out;
        private final PrintStream err;
        private volatile boolean started;

        StopOnExit(LocalSuite suite, PrintStream out, PrintStream err) {
            super("atelier-stop");
            this.suite = suite;
            this.out = out;
            this.err = err;
        }

        boolean started() {
            return started;
        }

        @Override
        public void run() {
            started = true;
            out.println();
            out.println("Stopping Atelier ...");
            suite.stopAll(out, err);
            suite.releaseForeground();
            out.println("Stopped; data stays in " + suite.dataDir() + ".");
            out.flush();
        }
    }
}
