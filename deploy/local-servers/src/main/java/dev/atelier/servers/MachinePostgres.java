package dev.atelier.servers;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine's own PostgreSQL server on loopback. Starts a stopped Debian cluster when it can,
 * and creates roles and databases idempotently as the {@code postgres} superuser (over the local
 * socket with peer authentication, which needs root), so neither tests nor local runs need any
 * set-up by hand.
 *
 * <p>As a {@link LocalServer} it is the machine's server, not ours: {@link #stop()} stops the cluster
 * only when {@link #start()} started it (remembered by a marker file in the state folder), and
 * otherwise leaves it running.
 */
public final class MachinePostgres implements PostgresServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private static final String STARTED_MARKER = "started-by-atelier";

    private final String host;
    private final int port;
    private final Path stateDir;

    public MachinePostgres(String host, int port) {
        this(host, port, null);
    }

    /** @param stateDir where {@link #start()} notes that it started the cluster, or null to never stop it */
    public MachinePostgres(String host, int port, Path stateDir) {
        this.host = host;
        this.port = port;
        this.stateDir = stateDir;
    }

    /**
     * True when a Debian cluster for this port can be started and given roles here: the cluster tools are
     * installed, a cluster is configured for the port, and we are root or postgres (peer authentication).
     */
    public static boolean clusterUsable(int port) {
        Path lsClusters = Command.onPath("pg_lsclusters");
        if (lsClusters == null || Command.onPath("pg_ctlcluster") == null || Command.onPath("psql") == null) {
            return false;
        }
        String user = System.getProperty("user.name");
        if (!"postgres".equals(user) && !("root".equals(user) && Command.onPath("runuser") != null)) {
            return false;
        }
        Command.Result list = Command.run(Duration.ofSeconds(10), null, List.of(lsClusters.toString(), "-h"));
        return list.succeeded() && clusterLine(list.output(), port) != null;
    }

    @Override
    public PostgresChoice.Kind kind() {
        return PostgresChoice.Kind.MACHINE;
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public String name() {
        return "PostgreSQL";
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
        String address = host + ":" + port;
        if (!isReady()) {
            return ServerStatus.down(name(), address, "not running");
        }
        return new ServerStatus(name(), true, address, Ports.ownerPid(port).orElse(null),
                startedByUs() ? "the machine's server, started by ./atelier infra up" : "the machine's server");
    }

    @Override
    public StartOutcome start() {
        if (isReady()) {
            return StartOutcome.ALREADY_RUNNING;
        }
        ensureRunning();
        if (stateDir != null) {
            try {
                Files.createDirectories(stateDir);
                Files.writeString(stateDir.resolve(STARTED_MARKER), String.join(" ", clusterOnPort(lsClusters())));
            } catch (IOException e) {
                throw new InfraException("cannot write " + stateDir.resolve(STARTED_MARKER) + ": " + e.getMessage(), e);
            }
        }
        return StartOutcome.STARTED;
    }

    @Override
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!isReady()) {
            if (Instant.now().isAfter(deadline)) {
                throw new InfraException("PostgreSQL is not ready on " + host + ":" + port + " after " + timeout.toSeconds() + " s");
            }
            pause();
        }
    }

    /** Stops the cluster only if {@link #start()} started it; the machine's own running server stays up. */
    @Override
    public StopOutcome stop() {
        if (!isReady()) {
            return StopOutcome.NOT_RUNNING;
        }
        if (!startedByUs()) {
            return StopOutcome.LEFT_RUNNING;
        }
        Path ctlCluster = Command.onPath("pg_ctlcluster");
        String[] cluster = clusterOnPort(lsClusters());
        Command.Result stopped = Command.run(Duration.ofSeconds(60), null,
                List.of(ctlCluster.toString(), cluster[0], cluster[1], "stop"));
        if (!stopped.succeeded() && stopped.exitCode() != 2) {
            throw new InfraException("could not stop PostgreSQL cluster " + cluster[0] + "/" + cluster[1] + ": " + stopped.output());
        }
        try {
            Files.deleteIfExists(stateDir.resolve(STARTED_MARKER));
        } catch (IOException e) {
            // the next stop finds the server down anyway
        }
        return StopOutcome.STOPPED;
    }

    private boolean startedByUs() {
        return stateDir != null && Files.exists(stateDir.resolve(STARTED_MARKER));
    }

    private Path lsClusters() {
        Path lsClusters = Command.onPath("pg_lsclusters");
        if (lsClusters == null) {
            throw new InfraException("pg_lsclusters is not installed");
        }
        return lsClusters;
    }

    @Override
    public boolean isReady() {
        Path pgIsReady = Command.onPath("pg_isready");
        if (pgIsReady != null) {
            return Command.run(Duration.ofSeconds(10), null,
                    List.of(pgIsReady.toString(), "-q", "-h", host, "-p", String.valueOf(port))).succeeded();
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts the Debian cluster that listens on this port if it is installed and stopped; waits until ready. */
    @Override
    public void ensureRunning() {
        if (isReady()) {
            return;
        }
        Path lsClusters = Command.onPath("pg_lsclusters");
        Path ctlCluster = Command.onPath("pg_ctlcluster");
        if (lsClusters == null || ctlCluster == null) {
            throw new InfraException("PostgreSQL is not answering on " + host + ":" + port
                    + " and no Debian cluster tools (pg_ctlcluster) are installed: install PostgreSQL 15+"
                    + " (e.g. 'apt-get install postgresql') or start your own server on that port.");
        }
        String[] cluster = clusterOnPort(lsClusters);
        Command.Result started = Command.run(Duration.ofSeconds(60), null,
                List.of(ctlCluster.toString(), cluster[0], cluster[1], "start"));
        // exit 2 means "already running", e.g. started by a concurrent run
        if (!started.succeeded() && started.exitCode() != 2) {
            throw new InfraException("could not start PostgreSQL cluster " + cluster[0] + "/" + cluster[1]
                    + " (are you root or the postgres user?): " + started.output());
        }
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!isReady()) {
            if (Instant.now().isAfter(deadline)) {
                throw new InfraException("PostgreSQL cluster " + cluster[0] + "/" + cluster[1]
                        + " started but is not ready on port " + port + " after " + START_TIMEOUT.toSeconds() + " s");
            }
            pause();
        }
    }

    @Override
    public void ensureRole(String role, String password, boolean mayCreateDatabases) {
        superuserSql(PostgresSql.ensureRole(role, password, mayCreateDatabases));
    }

    @Override
    public boolean databaseExists(String database) {
        return "1".equals(superuserSql(PostgresSql.countDatabases(database)).trim());
    }

    @Override
    public void ensureDatabase(String database, String owner) {
        String name = PostgresSql.identifier(database);
        if (!databaseExists(name)) {
            Command.Result created = psql(PostgresSql.createDatabase(name, owner));
            // a concurrent run may have created it between our check and our create
            if (!created.succeeded() && !created.output().contains("already exists")) {
                throw new InfraException("could not create database " + name + ": " + created.output());
            }
        }
    }

    @Override
    public void dropDatabase(String database) {
        superuserSql(PostgresSql.dropDatabase(database));
    }

    private String superuserSql(String sql) {
        Command.Result result = psql(sql);
        if (!result.succeeded()) {
            throw new InfraException("PostgreSQL refused: " + result.output());
        }
        return result.output();
    }

    private Command.Result psql(String sql) {
        Path psql = Command.onPath("psql");
        if (psql == null) {
            throw new InfraException("psql is not installed: install the PostgreSQL client (e.g. 'apt-get install postgresql-client').");
        }
        List<String> command = new ArrayList<>();
        if (!"postgres".equals(System.getProperty("user.name"))) {
            Path runuser = Command.onPath("runuser");
            if (runuser == null || !"root".equals(System.getProperty("user.name"))) {
                throw new InfraException("creating PostgreSQL roles needs the postgres superuser: run as root"
                        + " or as postgres, or create them yourself (see docs/local-infrastructure.md).");
            }
            command.addAll(List.of(runuser.toString(), "-u", "postgres", "--"));
        }
        command.addAll(List.of(psql.toString(), "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
                "-p", String.valueOf(port), "-d", "postgres", "-c", sql));
        // /tmp: the postgres user cannot read the caller's working directory
        return Command.run(Duration.ofSeconds(30), Path.of(System.getProperty("java.io.tmpdir")), command);
    }

    private String[] clusterOnPort(Path lsClusters) {
        Command.Result list = Command.run(Duration.ofSeconds(10), null, List.of(lsClusters.toString(), "-h"));
        String[] cluster = clusterLine(list.output(), port);
        if (cluster != null) {
            return cluster;
        }
        throw new InfraException("no PostgreSQL cluster is configured for port " + port + " (pg_lsclusters shows: "
                + list.output() + ")");
    }

    /** Version and name of the cluster on the port in {@code pg_lsclusters -h} output, or null. */
    private static String[] clusterLine(String lsClustersOutput, int port) {
        for (String line : lsClustersOutput.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 3 && columns[2].equals(String.valueOf(port))) {
                return new String[] {columns[0], columns[1]};
            }
        }
        return null;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while waiting for PostgreSQL", e);
        }
    }
}
