package dev.atelier.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A PostgreSQL of our own from PostgreSQL's binaries on Maven Central ({@link PostgresBinaries}), for
 * machines without one. Its folder holds {@code data/} (the cluster, made by {@code initdb} on the first
 * start), the superuser's generated password, {@code server.log} and {@code server.pid}.
 *
 * <p>It listens on 127.0.0.1 only, with no Unix socket, and every login needs a password (SCRAM), so
 * roles and databases are created by the superuser {@code postgres} over TCP: no peer authentication and
 * no root needed. As root it runs as another user ({@link ServerUser}), since PostgreSQL refuses root.
 * {@link ServerProcess.Mode#DETACHED} (local runs) outlives the launcher; {@link ServerProcess.Mode#CHILD}
 * (tests) is stopped when the JVM exits and trades durability for speed (no fsync).
 */
public final class EmbeddedPostgres implements PostgresServer {

    static final String SUPERUSER = "postgres";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path dir;
    private final int port;
    private final ServerProcess.Mode mode;
    private final ServerProcess process;

    public EmbeddedPostgres(Path dir, int port, ServerProcess.Mode mode) {
        this.dir = dir.toAbsolutePath().normalize();
        this.port = port;
        this.mode = mode;
        this.process = new ServerProcess("PostgreSQL (embedded)", this.dir, mode);
    }

    public Path dataDir() {
        return dir.resolve("data");
    }

    /** True when our server process runs (found by its pid file), whether or not it answers yet. */
    public boolean isRunning() {
        return process.isRunning();
    }

    @Override
    public PostgresChoice.Kind kind() {
        return PostgresChoice.Kind.EMBEDDED;
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public String host() {
        return Ports.LOOPBACK;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public Duration startTimeout() {
        return START_TIMEOUT;
    }

    @Override
    public ServerStatus status() {
        ServerStatus status = process.status(name(), host() + ":" + port, port, isReady());
        return new ServerStatus(status.name(), status.up(), status.address(), status.pid(),
                "embedded, data " + dataDir() + "; " + status.note());
    }

    @Override
    public StartOutcome start() {
        if (process.alreadyRunning(name(), port, this::isReady, "ATELIER_POSTGRES_PORT")) {
            return StartOutcome.ALREADY_RUNNING;
        }
        PostgresBinaries binaries = PostgresBinaries.fromBuild();
        ServerUser user = ServerUser.forPostgres();
        if (!Files.exists(dataDir().resolve("PG_VERSION"))) {
            initialise(binaries, user);
        }
        process.launch(user.command(List.of(binaries.postgres().toString(), "-D", dataDir().toString(),
                "-p", String.valueOf(port))), Map.of());
        if (mode == ServerProcess.Mode.CHILD) {
            // a fast shutdown: the default (smart) one would wait for the test JVM's own pooled connections
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop-embedded-postgres"));
        }
        return StartOutcome.STARTED;
    }

    @Override
    public void awaitReady(Duration timeout) {
        process.awaitReady(this::isReady, timeout, "accepting connections on " + host() + ":" + port);
    }

    @Override
    public void ensureRunning() {
        start();
        awaitReady(startTimeout());
    }

    /** A fast shutdown (SIGINT: open sessions are ended), then waits for the process to exit. */
    @Override
    public synchronized StopOutcome stop() {
        if (!process.isRunning()) {
            return process.stop(port);
        }
        postmasterPid().ifPresent(pid -> Command.run(Duration.ofSeconds(10), null, List.of("kill", "-INT", String.valueOf(pid))));
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        while (process.isRunning() && Instant.now().isBefore(deadline)) {
            ServerProcess.sleep(Duration.ofMillis(100));
        }
        process.stop();
        return StopOutcome.STOPPED;
    }

    @Override
    public boolean isReady() {
        try (Connection ignored = connect()) {
            return true;
        } catch (SQLException | InfraException e) {
            return false;
        }
    }

    @Override
    public void ensureRole(String role, String password, boolean mayCreateDatabases) {
        execute(PostgresSql.ensureRole(role, password, mayCreateDatabases));
    }

    @Override
    public boolean databaseExists(String database) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(PostgresSql.countDatabases(database))) {
            return rows.next() && rows.getLong(1) == 1;
        } catch (SQLException e) {
            throw new InfraException("PostgreSQL refused: " + e.getMessage(), e);
        }
    }

    @Override
    public void ensureDatabase(String database, String owner) {
        if (!databaseExists(database)) {
            try {
                execute(PostgresSql.createDatabase(database, owner));
            } catch (InfraException e) {
                // a concurrent run may have created it between our check and our create
                if (!databaseExists(database)) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void dropDatabase(String database) {
        execute(PostgresSql.dropDatabase(database));
    }

    /** The superuser's password, generated on the first start. */
    public String superuserPassword() {
        try {
            return Files.readString(passwordFile()).trim();
        } catch (IOException e) {
            throw new InfraException("no superuser password in " + passwordFile() + " (not started yet?)", e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new InfraException("PostgreSQL refused: " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", superuserPassword());
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "60");
        return DriverManager.getConnection(jdbcUrl("postgres"), properties);
    }

    /** initdb as the server's user, with a generated superuser password and TCP-only, password-only logins. */
    private void initialise(PostgresBinaries binaries, ServerUser user) {
        try {
            Files.createDirectories(dir);
            user.mustReach(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            user.own(dir);
            if (Files.exists(dataDir())) {
                // what a failed initdb left: it refuses a non-empty folder
                Trees.deleteQuietly(dataDir());
            }
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            Files.writeString(passwordFile(), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
            Files.setPosixFilePermissions(passwordFile(), PosixFilePermissions.fromString("rw-------"));
            user.own(passwordFile());
        } catch (IOException e) {
            throw new InfraException("cannot prepare " + dir + ": " + e.getMessage(), e);
        }
        Command.Result initdb = Command.run(Duration.ofMinutes(2), dir, user.command(List.of(binaries.initdb().toString(),
                "-D", dataDir().toString(), "-U", SUPERUSER, "--pwfile=" + passwordFile(), "-A", "scram-sha-256",
                "-E", "UTF8", "--locale=C", "--no-instructions")));
        if (!initdb.succeeded()) {
            throw new InfraException("initdb failed for " + dataDir() + ": " + initdb.output());
        }
        try {
            Files.writeString(dataDir().resolve("postgresql.conf"), settings(), java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new InfraException("cannot configure " + dataDir() + ": " + e.getMessage(), e);
        }
    }

    /** Loopback TCP only; a test cluster is thrown away, so it need not survive a crash. */
    private String settings() {
        String lines = "\n# Atelier's embedded server (written once, by initdb's first run)\n"
                + "listen_addresses = '127.0.0.1'\n"
                + "unix_socket_directories = ''\n";
        return mode == ServerProcess.Mode.CHILD
                ? lines + "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                : lines;
    }

    private java.util.Optional<Long> postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(dataDir().resolve("postmaster.pid"));
            return lines.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private Path passwordFile() {
        return dir.resolve("superuser.password");
    }
}
