package dev.atelier.launcher.suite;

import dev.atelier.servers.Command;
import dev.atelier.servers.InfraException;
import dev.atelier.servers.Jdk;
import dev.atelier.servers.ServerProcess;
import dev.atelier.suite.SuiteService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * One service of a local run as an operating-system process, log in {@code .atelier/logs/NAME.log},
 * pid in {@code .atelier/run/NAME.pid}. Detached (its own session), so {@code up --detach} can return
 * and Ctrl-C reaches only the launcher, which then stops the services in order.
 *
 * <p>It runs from its jar extracted into {@code .atelier/apps/NAME/} (Spring Boot's
 * {@code -Djarmode=tools extract}) with a dynamic class-data-sharing archive
 * {@code .atelier/apps/NAME.jsa} that the JVM writes when the service stops and reads on the next
 * start: measured here, customer-service started in 4.8 s that way against 7-8 s extracted without
 * the archive and 18-24 s from the nested jar.
 */
public final class ServiceProcess {

    /**
     * Measured on this machine (docs/benchmark.md): once warm, the full JIT (C1, then C2) serves about twice the
     * requests of C1 alone, for some 50 MB more code per service. The heap starts small (32 MB) and grows only as
     * the live data needs. G1 with a periodic collection when a service has been idle for 15 s gives back what load
     * left beyond 20 % free (40 % kept about 140 MB more over the seven services, and halving it cost no reads or
     * creates in alternating rounds): the serial collector kept its high-water mark (the gateway held 180 MB of
     * heap for 63 MB live after the drills), and in a side-by-side run G1 also served more reads with a lower p99
     * on the two busy cores. In so small a heap G1's adaptive marking threshold fell below the live data, so under
     * load it ran a concurrent mark about twice a second that freed nothing (each with a ~30 ms remark pause): a
     * fixed threshold (first 60 %, now 75 % so that young collections alone keep up in the busiest services) ended
     * that and halved order-service's CPU per read. {@code ATELIER_SERVICE_JAVA_OPTS} replaces them.
     */
    public static final List<String> DEFAULT_JAVA_OPTIONS = List.of("-Xms32m", "-Xmx256m", "-Xss512k",
            "-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=15000", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20",
            "-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=75");

    /**
     * From JDK 22 on, the JVM hands the C heap's free pages back every 10 s: class loading (zip
     * inflation) and the JIT leave 20-45 MB per service free but resident in glibc's arenas, measured
     * here with {@code jcmd PID System.trim_native_heap}.
     */
    static final String TRIM_NATIVE_HEAP = "-XX:TrimNativeHeapInterval=10000";

    /** From JDK 25 on (a product option there): 8-byte object headers, a smaller live heap. */
    static final String COMPACT_OBJECT_HEADERS = "-XX:+UseCompactObjectHeaders";

    /**
     * From JDK 24 on, Netty loading its native transport (epoll) is a restricted call that prints four warning lines
     * at every start, and a later JDK will refuse it unless allowed; the services run from the class path (the
     * unnamed module).
     */
    static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    /**
     * The registry (a few calls a second) and media-service (uploads, whose time goes to decoding
     * images and to the object store) gain little from C2: C1 alone starts them sooner and keeps them
     * smaller. notification-service reads every order and stock event: C2 takes a third to a half off its
     * CPU per create but keeps 62-65 MiB more at rest, which the memory aim has no room for
     * (docs/benchmark.md, twenty-second slice).
     */
    static final Set<SuiteService> C1_ONLY = Set.of(SuiteService.DISCOVERY, SuiteService.MEDIA, SuiteService.NOTIFICATION);

    /**
     * media-service needs little heap by design (a file streams to disk, an image decodes subsampled to
     * about twice its thumbnail, two at a time), but its uploads allocate ~12 MB each (the decoder's
     * rasters, the object store's read buffers): under 16 concurrent 1 MiB uploads G1 grew its heap to
     * 200 MB for 67 MB used, and it stayed there until the service idled. At 128 MB the same load
     * (26 uploads a second) ran as fast, with ~75 MB less resident (docs/benchmark.md, tenth slice).
     */
    static final String MEDIA_HEAP_LIMIT = "-Xmx128m";

    private final SuiteService service;
    private final Path root;
    private final int port;
    private final ServerProcess process;
    private final Path appDir;

    public ServiceProcess(SuiteService service, Path root, Path dataDir, int port) {
        this.service = service;
        this.root = root;
        this.port = port;
        this.appDir = dataDir.resolve("apps").resolve(service.name()).toAbsolutePath().normalize();
        this.process = new ServerProcess(service.module(), appDir,
                dataDir.resolve("logs").resolve(service.name() + ".log"), dataDir.resolve("run").resolve(service.name() + ".pid"),
                ServerProcess.Mode.DETACHED);
    }

    public SuiteService service() {
        return service;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return process.logFile();
    }

    public Optional<Long> pid() {
        return process.runningPid();
    }

    public boolean isRunning() {
        return process.isRunning();
    }

    public long start(Jdk jdk, List<String> javaOptions, Map<String, String> environment) {
        extract(jdk);
        return process.launch(command(jdk, javaOptions), processEnvironment(environment, System.getenv()));
    }

    /**
     * The service's settings plus {@code MALLOC_ARENA_MAX=2} unless the launcher's environment sets it:
     * glibc gives threads that allocate natively (the JIT's compilers, Netty) arenas of their own, up to
     * 8 per core; two keep that memory together, about 15 MB less per service as measured here.
     */
    static Map<String, String> processEnvironment(Map<String, String> settings, Map<String, String> launcher) {
        Map<String, String> environment = new LinkedHashMap<>(settings);
        if (!launcher.containsKey("MALLOC_ARENA_MAX")) {
            environment.put("MALLOC_ARENA_MAX", "2");
        }
        return environment;
    }

    /** The extracted jar that runs; its {@code lib/} sits beside it. */
    public Path extractedJar() {
        return appDir.resolve(service.module() + "-" + SuiteService.VERSION + ".jar");
    }

    /** The class-data-sharing archive, written at the service's exit and valid as long as the jar is. */
    public Path sharedArchive() {
        return appDir.resolveSibling(service.name() + ".jsa");
    }

    public List<String> command(Jdk jdk, List<String> javaOptions) {
        List<String> command = new ArrayList<>();
        command.add(jdk.java().toString());
        command.addAll(javaOptions);
        command.add("-XX:SharedArchiveFile=" + sharedArchive());
        command.add("-XX:+AutoCreateSharedArchive");
        // the archive cannot hold the few classes Spring defines itself; that is expected, not news
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-jar");
        command.add(extractedJar().toString());
        return command;
    }

    /**
     * Extracts the built jar unless the extracted copy is at least as new; a new copy drops the old archive.
     * Synchronized: {@code up} extracts ahead in the background and again (a no-op by then) right before launching.
     */
    public synchronized void extract(Jdk jdk) {
        Path built = service.jar(root);
        try {
            if (Files.isRegularFile(extractedJar())
                    && Files.getLastModifiedTime(extractedJar()).compareTo(Files.getLastModifiedTime(built)) >= 0) {
                return;
            }
            deleteTree(appDir);
            Files.deleteIfExists(sharedArchive());
            Files.createDirectories(appDir.getParent());
            Command.Result extracted = Command.run(Duration.ofMinutes(3), appDir.getParent(), List.of(jdk.java().toString(),
                    "-Djarmode=tools", "-jar", built.toString(), "extract", "--destination", appDir.toString()));
            if (!extracted.succeeded() || !Files.isRegularFile(extractedJar())) {
                throw new InfraException("could not extract " + built + ": " + extracted.output());
            }
            // the extracted jar is stamped with the build's time, so a later build shows as newer
            Files.setLastModifiedTime(extractedJar(), Files.getLastModifiedTime(built));
        } catch (IOException e) {
            throw new InfraException("could not extract " + built + " into " + appDir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** True when stopped, false when it was not running. */
    public boolean stop() {
        return process.stop();
    }

    public String logTail(int lines) {
        return process.logTail(lines);
    }

    /** Whether the jar carries the Eureka client, i.e. the service will register (media-service's shell does not yet). */
    public boolean registersWithEureka() {
        if (service.isRegistry()) {
            return false;
        }
        try (ZipFile jar = new ZipFile(service.jar(root).toFile())) {
            return jar.stream().anyMatch(entry -> entry.getName().startsWith("BOOT-INF/lib/spring-cloud-netflix-eureka-client-"));
        } catch (IOException e) {
            return true;
        }
    }

    /** {@code ATELIER_SERVICE_JAVA_OPTS} split on blanks, or the defaults for the service and the JDK that runs it. */
    public static List<String> javaOptions(SuiteService service, int jdkFeature, Map<String, String> environment) {
        String given = environment.get("ATELIER_SERVICE_JAVA_OPTS");
        if (given != null) {
            return Arrays.stream(given.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
        }
        List<String> options = new ArrayList<>(DEFAULT_JAVA_OPTIONS);
        if (service == SuiteService.MEDIA) {
            options.replaceAll(option -> option.startsWith("-Xmx") ? MEDIA_HEAP_LIMIT : option);
        }
        if (jdkFeature >= 22) {
            options.add(TRIM_NATIVE_HEAP);
        }
        if (jdkFeature >= 24) {
            options.add(NATIVE_ACCESS);
        }
        if (jdkFeature >= 25) {
            options.add(COMPACT_OBJECT_HEADERS);
        }
        if (C1_ONLY.contains(service)) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        return List.copyOf(options);
    }
}
