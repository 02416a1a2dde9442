package dev.atelier.servers;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A Redis server on 127.0.0.1 from the machine's {@code redis-server} (Debian's package), run as a
 * process of ours with its configuration, log and pid file in its own folder. Redis holds only the
 * gateway's rate-limit counters, so nothing is persisted: a restart starts every bucket full.
 *
 * <p>When {@code redis-server} is missing, {@link #start()} installs Debian's package with
 * {@code apt-get} if it runs as root, the way CI installs PostgreSQL; otherwise it says what to install.
 * {@code ATELIER_REDIS_SERVER} names another binary.
 */
public final class RedisServer implements LocalServer {

    private static final DebianPackage PACKAGE = new DebianPackage("redis-server", "redis-server",
            "or name a binary with ATELIER_REDIS_SERVER");

    private final int port;
    private final ServerProcess process;

    /** @param dir the server's own folder: {@code redis.conf}, {@code server.log}, {@code server.pid} */
    public RedisServer(Path dir, int port, ServerProcess.Mode mode) {
        this.port = port;
        this.process = new ServerProcess("Redis", dir, mode);
    }

    @Override
    public String name() {
        return "Redis";
    }

    @Override
    public int port() {
        return port;
    }

    public String host() {
        return Ports.LOOPBACK;
    }

    @Override
    public Duration startTimeout() {
        return Duration.ofSeconds(30);
    }

    @Override
    public ServerStatus status() {
        return process.status(name(), host() + ":" + port, port, answers());
    }

    @Override
    public StartOutcome start() {
        if (process.alreadyRunning(name(), port, this::answers, "ATELIER_REDIS_PORT")) {
            return StartOutcome.ALREADY_RUNNING;
        }
        Path binary = binary();
        Path conf = process.dir().resolve("redis.conf");
        try {
            Files.createDirectories(process.dir());
            Files.writeString(conf, configuration(port, process.dir()));
        } catch (IOException e) {
            throw new InfraException("cannot write " + conf + ": " + e.getMessage(), e);
        }
        process.launch(List.of(binary.toString(), conf.toString()), Map.of());
        return StartOutcome.STARTED;
    }

    @Override
    public void awaitReady(Duration timeout) {
        process.awaitReady(this::answers, timeout, "answering PING on " + host() + ":" + port);
    }

    @Override
    public StopOutcome stop() {
        return process.stop(port);
    }

    /** True when a Redis answers {@code PING} with {@code +PONG} on the port. */
    public boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host(), port), 500);
            socket.setSoTimeout(1000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(7);
            return "+PONG\r\n".equals(new String(answer, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }

    /** The redis-server to run: ATELIER_REDIS_SERVER, else the one on PATH, else Debian's package installed now. */
    static Path binary() {
        String explicit = System.getenv("ATELIER_REDIS_SERVER");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        return PACKAGE.binary();
    }

    /**
     * Loopback only, no persistence (the counters are worth nothing after a restart), and the process
     * title left alone so the command line keeps naming this folder (how {@link ServerProcess} knows it).
     */
    static String configuration(int port, Path dir) {
        return String.join(System.lineSeparator(),
                "# Written by the Atelier launcher on every start; edits are overwritten.",
                "bind 127.0.0.1",
                "port " + port,
                "protected-mode yes",
                "daemonize no",
                "set-proc-title no",
                "save \"\"",
                "appendonly no",
                "dir " + dir.toAbsolutePath(),
                "maxmemory 64mb",
                "maxmemory-policy volatile-ttl",
                "");
    }
}
