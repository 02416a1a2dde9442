package dev.atelier.launcher;

import dev.atelier.launcher.suite.EurekaRegistry;
import dev.atelier.launcher.suite.Health;
import dev.atelier.launcher.suite.ResidentMemory;
import dev.atelier.launcher.suite.ServiceProcess;
import dev.atelier.servers.InfraException;
import dev.atelier.servers.Jdk;
import dev.atelier.servers.KeycloakDistribution;
import dev.atelier.servers.LocalServer;
import dev.atelier.servers.Ports;
import dev.atelier.servers.Repository;
import dev.atelier.servers.S3Server;
import dev.atelier.servers.ServerStatus;
import dev.atelier.suite.LocalEndpoints;
import dev.atelier.suite.ServiceDatabase;
import dev.atelier.suite.ServiceEnvironment;
import dev.atelier.suite.SuiteService;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The whole suite of a local run: the infrastructure ({@link LocalInfrastructure}) and the seven
 * Spring Boot applications as processes, with what {@code up}, {@code status}, {@code down} and the
 * foreground watcher need to know about them.
 */
final class LocalSuite {

    private final LocalInfrastructure infra;
    private final Map<String, String> environment;
    private final Map<SuiteService, ServiceProcess> services = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    LocalSuite(LocalInfrastructure infra, Map<String, String> environment) {
        this.infra = infra;
        this.environment = environment;
        Path root = infra.repository().root();
        for (SuiteService service : SuiteService.ALL) {
            services.put(service, new ServiceProcess(service, root, infra.repository().dataDir(), service.port(environment)));
        }
    }

    static LocalSuite standard() {
        return new LocalSuite(new LocalInfrastructure(Repository.locate(), LocalSettings.fromEnvironment()), System.getenv());
    }

    LocalInfrastructure infra() {
        return infra;
    }

    Path root() {
        return infra.repository().root();
    }

    Path dataDir() {
        return infra.repository().dataDir();
    }

    List<ServiceProcess> services() {
        return List.copyOf(services.values());
    }

    ServiceProcess service(SuiteService service) {
        return services.get(service);
    }

    LocalEndpoints endpoints() {
        return new LocalEndpoints(Ports.LOOPBACK, infra.kafka().bootstrapServers(),
                infra.keycloak().baseUrl(), infra.keycloak().issuerUri(),
                new LocalEndpoints.S3(infra.s3().endpoint(), S3Server.REGION, infra.s3().accessKey(), infra.s3().secretKey(),
                        infra.settings().s3Bucket()),
                service(SuiteService.DISCOVERY).port(), infra.redis().port(), infra.mail().port(), LocalEndpoints.Registry.LOCAL);
    }

    Map<String, String> environmentOf(ServiceProcess process) {
        SuiteService service = process.service();
        return ServiceEnvironment.of(service, process.port(), endpoints(),
                service.database().map(name -> ServiceDatabase.local(name, Ports.LOOPBACK, infra.postgres().port())));
    }

    String gatewayUrl() {
        return "http://" + Ports.LOOPBACK + ":" + service(SuiteService.GATEWAY).port();
    }

    /** The pid file of a foreground {@code ./atelier up} that owns the running suite. */
    Path launcherPidFile() {
        return dataDir().resolve("run").resolve("launcher.pid");
    }

    /** The foreground launcher that owns the suite, when one runs (not this process). */
    Optional<ProcessHandle> foregroundLauncher() {
        try {
            if (!Files.isRegularFile(launcherPidFile())) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(launcherPidFile()).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.pid() != ProcessHandle.current().pid())
                    .filter(handle -> handle.info().commandLine().map(line -> line.contains(AtelierCli.class.getName())).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    void claimForeground() {
        try {
            Files.createDirectories(launcherPidFile().getParent());
            Files.writeString(launcherPidFile(), ProcessHandle.current().pid() + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InfraException("cannot write " + launcherPidFile() + ": " + e.getMessage(), e);
        }
    }

    void releaseForeground() {
        try {
            Files.deleteIfExists(launcherPidFile());
        } catch (IOException e) {
            // a stale launcher pid is ignored once its process is gone
        }
    }

    Health health(ServiceProcess process) {
        return Health.probe(http, Ports.LOOPBACK, process.port());
    }

    Set<String> registered() {
        return EurekaRegistry.fetch(http, Ports.LOOPBACK, service(SuiteService.DISCOVERY).port());
    }

    /** Ready = the actuator says UP and, for a service that registers, Eureka lists it UP. */
    boolean ready(ServiceProcess process, Set<String> registered) {
        return health(process).up() && (!process.registersWithEureka() || registered.contains(EurekaRegistry.key(process.service().module(), process.port())));
    }

    /** One row of {@code status} and of the watcher. */
    record Row(String name, boolean up, String address, Long pid, String health, String memory) {

        String format() {
            return String.format(Locale.ROOT, "  %-11s %-5s %-22s %-11s %-32s %s", name, up ? "up" : "down", address,
                    pid == null ? "" : "pid " + pid, health, memory);
        }
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (LocalServer server : infra.servers()) {
            ServerStatus status = server.status();
            // which PostgreSQL runs (the machine's or the embedded one) matters when something goes wrong
            String answers = server == infra.postgres() ? "answers (" + infra.postgres().kind().name().toLowerCase(Locale.ROOT) + ")" : "answers";
            rows.add(new Row(server.name(), status.up(), status.address(), status.pid(), status.up() ? answers : status.note(),
                    status.pid() == null ? "" : ResidentMemory.format(ResidentMemory.ofTree(status.pid()))));
        }
        Set<String> registered = registered();
        for (ServiceProcess process : services.values()) {
            Optional<Long> pid = process.pid();
            Health health = pid.isPresent() ? health(process) : Health.unreachable();
            String registration = !process.registersWithEureka() ? ""
                    : registered.contains(EurekaRegistry.key(process.service().module(), process.port())) ? ", in Eureka" : ", not in Eureka";
            String healthText = pid.isEmpty() ? "not running" : health.detail() + registration;
            OptionalLong memory = pid.map(ResidentMemory::ofTree).orElse(OptionalLong.empty());
            rows.add(new Row(process.service().name(), pid.isPresent() && health.up(), Ports.LOOPBACK + ":" + process.port(),
                    pid.orElse(null), healthText, ResidentMemory.format(memory)));
        }
        return rows;
    }

    /**
     * Starts the infrastructure servers at once, each on its own thread; the futures complete when
     * each answers (PostgreSQL also gets its service databases). Times are counted from {@code t0}
     * ({@link System#nanoTime()} when {@code up} began).
     */
    Map<LocalServer, CompletableFuture<Void>> startInfrastructure(ExecutorService pool, PrintStream out, long t0) {
        if (infra.keycloak().firstStartPending() && !infra.keycloak().realmAnswers()) {
            out.println("  (Keycloak's first start unpacks it into " + KeycloakDistribution.cacheRoot()
                    + " and runs its build step: about a minute)");
        }
        Map<LocalServer, CompletableFuture<Void>> started = new LinkedHashMap<>();
        for (LocalServer server : infra.servers()) {
            started.put(server, CompletableFuture.runAsync(() -> {
                LocalServer.StartOutcome outcome = server.start();
                server.awaitReady(server.startTimeout());
                if (server == infra.postgres()) {
                    infra.prepareServiceDatabases();
                }
                line(out, server.name(), outcome == LocalServer.StartOutcome.ALREADY_RUNNING ? "already running"
                        : "ready after " + seconds(System.nanoTime() - t0), Ports.LOOPBACK + ":" + server.port());
            }, pool));
        }
        return started;
    }

    /** Launches a service unless it runs already. */
    void launch(ServiceProcess process, Jdk jdk, PrintStream out) {
        if (process.isRunning()) {
            line(out, process.service().name(), "already running (pid " + process.pid().orElse(0L) + ")", "");
            return;
        }
        if (Ports.isListening(process.port())) {
            throw Ports.taken(process.service().module(), process.port(), process.service().portVariable());
        }
        process.start(jdk, ServiceProcess.javaOptions(process.service(), jdk.feature(), environment), environmentOf(process));
    }

    /** Stops the services (gateway first, the registry last), then the infrastructure. */
    int stopAll(PrintStream out, PrintStream err) {
        int exit = stopServices(out, err);
        int infraExit = new InfraCommand(() -> infra).down(infra, out, err);
        return Math.max(exit, infraExit);
    }

    int stopServices(PrintStream out, PrintStream err) {
        List<List<SuiteService>> waves = List.of(
                List.of(SuiteService.GATEWAY),
                List.of(SuiteService.NOTIFICATION),
                List.of(SuiteService.ORDER, SuiteService.MEDIA, SuiteService.CUSTOMER, SuiteService.INVENTORY),
                List.of(SuiteService.DISCOVERY));
        int[] exit = {0};
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (List<SuiteService> wave : waves) {
                wave.stream().map(service -> CompletableFuture.runAsync(() -> {
                    ServiceProcess process = service(service);
                    try {
                        line(out, service.name(), process.stop() ? "stopped" : "was not running", Ports.LOOPBACK + ":" + process.port());
                    } catch (RuntimeException e) {
                        line(out, service.name(), "FAILED to stop", "");
                        err.println("atelier: " + service.module() + ": " + e.getMessage());
                        exit[0] = 1;
                    }
                }, pool)).toList().forEach(CompletableFuture::join);
            }
        } finally {
            pool.shutdownNow();
        }
        return exit[0];
    }

    static void line(PrintStream out, String name, String what, String where) {
        synchronized (out) {
            out.println(String.format(Locale.ROOT, "  %-11s %-38s %s", name, what, where));
        }
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
