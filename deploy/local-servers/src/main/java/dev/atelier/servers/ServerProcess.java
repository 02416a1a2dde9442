package dev.atelier.servers;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One server's operating-system process with its pid file ({@code server.pid}) and log
 * ({@code server.log}) in the server's own folder.
 *
 * <p>{@link Mode#DETACHED} processes (local runs) get a session of their own and outlive the
 * launcher, so {@code ./atelier infra up} can return and Ctrl-C in the terminal does not reach them;
 * a later {@code ./atelier} finds them by the pid file. {@link Mode#CHILD} processes (tests) are
 * stopped by a shutdown hook when the JVM that started them exits.
 *
 * <p>A pid counts as this server's only while the process is alive and its command line names the
 * server's folder, so a stale pid file reused by another program is never mistaken for the server.
 */
public final class ServerProcess {

    public enum Mode {
        DETACHED,
        CHILD
    }

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String name;
    private final Path dir;
    private final Mode mode;
    private final ServerLog log;
    private final PidFile pidFile;
    /**
     * The process this object started, in either mode. It is ours by identity: its command line alone would not do,
     * because while setsid execs the server {@code /proc/PID/cmdline} reads empty for a moment, and a drill that
     * restarted customer-service took that moment for the process having stopped.
     */
    private volatile Process launched;
    private volatile Thread shutdownHook;

    public ServerProcess(String name, Path dir, Mode mode) {
        this(name, dir, dir.resolve("server.log"), dir.resolve("server.pid"), mode);
    }

    /**
     * A process whose log and pid file live elsewhere than its folder (the services of a local run keep
     * them in {@code .atelier/logs} and {@code .atelier/run}); {@code dir} is its working directory and
     * must appear in its command line.
     */
    public ServerProcess(String name, Path dir, Path logFile, Path pidFile, Mode mode) {
        this.name = name;
        this.dir = dir.toAbsolutePath().normalize();
        this.mode = mode;
        this.log = new ServerLog(logFile);
        this.pidFile = new PidFile(pidFile);
    }

    public Path dir() {
        return dir;
    }

    public Path logFile() {
        return log.path();
    }

    public Path pidFile() {
        return pidFile.path();
    }

    /** The pid of this server's process if it runs. */
    public Optional<Long> runningPid() {
        Optional<Long> recorded = pidFile.read();
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(recorded.get());
        if (handle.isPresent() && handle.get().isAlive() && isOurs(handle.get())) {
            return recorded;
        }
        return Optional.empty();
    }

    public boolean isRunning() {
        return runningPid().isPresent();
    }

    /** Starts the command with its output appended to the log; returns its pid. */
    public long launch(List<String> command, Map<String, String> environment) {
        return launch(command, env -> env.putAll(environment));
    }

    /** Starts the command with its output appended to the log; {@code environment} adjusts the inherited environment. */
    public long launch(List<String> command, Consumer<Map<String, String>> environment) {
        try {
            Files.createDirectories(dir);
            List<String> full = new ArrayList<>();
            Path setsid = mode == Mode.DETACHED ? Command.onPath("setsid") : null;
            if (setsid != null) {
                // a process that is not a group leader (ours never is) is exec'ed by setsid, so its pid stays the pid we see
                full.add(setsid.toString());
            }
            full.addAll(command);
            log.appendStart(name, command);
            ProcessBuilder builder = new ProcessBuilder(full)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            environment.accept(builder.environment());
            Process process = builder.start();
            pidFile.write(process.pid());
            launched = process;
            if (mode == Mode.CHILD) {
                Thread hook = new Thread(this::stopQuietly, "stop-" + name);
                shutdownHook = hook;
                Runtime.getRuntime().addShutdownHook(hook);
            }
            return process.pid();
        } catch (IOException e) {
            throw new InfraException("could not start " + name + " (" + String.join(" ", command) + "): " + e.getMessage(), e);
        }
    }

    /**
     * The status of a server run by this process: up when it answers; when nothing of ours runs
     * but something answers on the port, it is up yet "not started from this work tree".
     */
    public ServerStatus status(String serverName, String address, int port, boolean answers) {
        var pid = runningPid();
        if (pid.isPresent()) {
            return new ServerStatus(serverName, answers, address, pid.get(),
                    (answers ? "" : "starting; ") + "log " + logFile());
        }
        if (answers) {
            return new ServerStatus(serverName, true, address, Ports.ownerPid(port).orElse(null),
                    "running, not started from this work tree");
        }
        return ServerStatus.down(serverName, address, "not running");
    }

    /**
     * True when the server already runs (ours, or a compatible one that answers on the port);
     * throws when another program holds the port.
     */
    public boolean alreadyRunning(String serverName, int port, BooleanSupplier answers, String portVariable) {
        if (isRunning()) {
            return true;
        }
        if (Ports.isListening(port)) {
            if (answers.getAsBoolean()) {
                return true;
            }
            throw Ports.taken(serverName, port, portVariable);
        }
        return false;
    }

    /** Stops our process; otherwise says whether something else still holds the port. */
    public LocalServer.StopOutcome stop(int port) {
        if (stop()) {
            return LocalServer.StopOutcome.STOPPED;
        }
        return Ports.isListening(port) ? LocalServer.StopOutcome.LEFT_RUNNING : LocalServer.StopOutcome.NOT_RUNNING;
    }

    /** Waits until {@code ready} holds; fails early, with the log's tail, when the process exits. */
    public void awaitReady(BooleanSupplier ready, Duration timeout, String waitingFor) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (ready.getAsBoolean()) {
                return;
            }
            if (!isRunning() && !ready.getAsBoolean()) {
                throw new InfraException(name + " stopped while starting. Last lines of " + logFile() + ":"
                        + System.lineSeparator() + logTail(25));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new InfraException(name + " did not become ready (" + waitingFor + ") within " + timeout.toSeconds()
                        + " s; it is still running (pid " + pidFile.read().map(String::valueOf).orElse("?") + "). Last lines of "
                        + logFile() + ":" + System.lineSeparator() + logTail(25));
            }
            sleep(Duration.ofMillis(250));
        }
    }

    /** Stops the process (SIGTERM, then SIGKILL after a grace period); false when it was not running. */
    public synchronized boolean stop() {
        Optional<Long> pid = runningPid();
        Optional<ProcessHandle> found = pid.flatMap(ProcessHandle::of);
        if (found.isEmpty()) {
            pidFile.delete();
            return false;
        }
        ProcessTree.stop(found.get(), STOP_GRACE);
        pidFile.delete();
        removeShutdownHook();
        return true;
    }

    public String logTail(int lines) {
        return log.tail(lines);
    }

    private boolean isOurs(ProcessHandle handle) {
        Process started = launched;
        if (started != null && started.pid() == handle.pid()) {
            return true;
        }
        return handle.info().commandLine().map(line -> line.contains(dir.toString())).orElse(false)
                || readCmdline(handle.pid()).contains(dir.toString());
    }

    private static String readCmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            System.err.println("could not stop " + name + ": " + e.getMessage());
        }
    }

    private void removeShutdownHook() {
        Thread hook = shutdownHook;
        shutdownHook = null;
        if (hook != null && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while waiting", e);
        }
    }
}
