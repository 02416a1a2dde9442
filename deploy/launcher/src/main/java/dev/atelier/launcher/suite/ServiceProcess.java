package dev.atelier.launcher.suite;

import dev.atelier.launcher.infra.Jdk;
import dev.atelier.launcher.infra.ServerProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * One service of a local run as an operating-system process: {@code java -jar} on its built jar,
 * log in {@code .atelier/logs/NAME.log}, pid in {@code .atelier/run/NAME.pid}. Detached (its own
 * session), so {@code up --detach} can return and Ctrl-C reaches only the launcher, which then stops
 * the services in order.
 */
public final class ServiceProcess {

    /**
     * Measured on this machine (see the deploy notes): C1 only and the serial collector start a
     * Spring Boot service faster on a small shared machine; 256 MB of heap is ample for local data.
     * {@code ATELIER_SERVICE_JAVA_OPTS} replaces them.
     */
    public static final List<String> DEFAULT_JAVA_OPTIONS = List.of("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");

    private final SuiteService service;
    private final Path root;
    private final int port;
    private final ServerProcess process;

    public ServiceProcess(SuiteService service, Path root, Path dataDir, int port) {
        this.service = service;
        this.root = root;
        this.port = port;
        this.process = new ServerProcess(service.module(), service.moduleDir(root),
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
        return process.launch(command(jdk, javaOptions), environment);
    }

    public List<String> command(Jdk jdk, List<String> javaOptions) {
        List<String> command = new ArrayList<>();
        command.add(jdk.java().toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(service.jar(root).toString());
        return command;
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

    /** {@code ATELIER_SERVICE_JAVA_OPTS} split on blanks, or the defaults. */
    public static List<String> javaOptions(Map<String, String> environment) {
        String given = environment.get("ATELIER_SERVICE_JAVA_OPTS");
        if (given == null) {
            return DEFAULT_JAVA_OPTIONS;
        }
        return Arrays.stream(given.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
    }
}
