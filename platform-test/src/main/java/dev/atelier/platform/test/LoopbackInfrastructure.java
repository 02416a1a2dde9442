package dev.atelier.platform.test;

import dev.atelier.servers.KeycloakServer;
import dev.atelier.servers.Ports;
import dev.atelier.servers.PostgresChoice;
import dev.atelier.servers.PostgresServer;
import dev.atelier.servers.RedisServer;
import dev.atelier.servers.Repository;
import dev.atelier.servers.S3Server;
import dev.atelier.servers.ServerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Real servers without Docker: the machine's PostgreSQL (started if it is stopped), or on a machine
 * without one an embedded PostgreSQL on a free port ({@link PostgresChoice}), with a throw-away
 * database per test context, an in-process KRaft broker on a free loopback port, and S3Proxy,
 * Keycloak and Redis as child processes on free loopback ports with their data in a temporary folder (all
 * stopped and removed when the JVM exits).
 */
final class LoopbackInfrastructure implements InfrastructureBackend {

    static final String ROLE = "atelier_test";
    static final String PASSWORD = "atelier_test";
    static final String DATABASE_PREFIX = "atelier_test_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final PostgresServer postgres = PostgresChoice.forTests(
            env("ATELIER_TEST_PG_HOST", "127.0.0.1"), Integer.parseInt(env("ATELIER_TEST_PG_PORT", "5432")), this::serverDir);
    private final Queue<String> createdDatabases = new ConcurrentLinkedQueue<>();
    private boolean postgresPrepared;
    private EmbeddedKafkaKraftBroker broker;
    private Path serverDir;
    private S3Server s3;
    private KeycloakServer keycloak;
    private RedisServer redis;

    LoopbackInfrastructure() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "atelier-test-infrastructure-shutdown"));
    }

    @Override
    public PostgresDatabase createDatabase(String purpose) {
        preparePostgres();
        String database = DATABASE_PREFIX + sanitize(purpose) + "_" + LocalDateTime.now().format(STAMP) + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);
        execute("CREATE DATABASE " + database);
        createdDatabases.add(database);
        return new PostgresDatabase(postgres.host(), postgres.port(), database, ROLE, PASSWORD);
    }

    @Override
    public synchronized KafkaBroker kafka() {
        if (broker == null) {
            EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, 1);
            started.brokerProperty("auto.create.topics.enable", "true");
            started.afterPropertiesSet();
            broker = started;
        }
        return new KafkaBroker(broker.getBrokersAsString());
    }

    @Override
    public synchronized S3Endpoint s3() {
        if (s3 == null) {
            S3Server started = new S3Server(serverDir().resolve("s3"), Ports.freePort(), "atelier-test",
                    "atelier-test-secret", List.of(), ServerProcess.Mode.CHILD);
            started.start();
            started.awaitReady(started.startTimeout());
            s3 = started;
        }
        return new S3Endpoint(s3.endpoint(), S3Server.REGION, s3.accessKey(), s3.secretKey());
    }

    @Override
    public synchronized KeycloakEndpoint keycloak() {
        if (keycloak == null) {
            List<Integer> ports = Ports.freePorts(2);
            KeycloakServer started = new KeycloakServer(new KeycloakServer.Settings(serverDir().resolve("keycloak"),
                    ports.get(0), ports.get(1), realmFile(), "atelier", "admin", "admin", ServerProcess.Mode.CHILD));
            started.start();
            started.awaitReady(started.startTimeout());
            keycloak = started;
        }
        KeycloakServer.Settings settings = keycloak.settings();
        return new KeycloakEndpoint(keycloak.baseUrl(), settings.realm(), settings.adminUsername(), settings.adminPassword());
    }

    @Override
    public synchronized RedisEndpoint redis() {
        if (redis == null) {
            RedisServer started = new RedisServer(serverDir().resolve("redis"), Ports.freePort(), ServerProcess.Mode.CHILD);
            started.start();
            started.awaitReady(started.startTimeout());
            redis = started;
        }
        return new RedisEndpoint(redis.host(), redis.port());
    }

    /** {@code identity/realm/atelier-realm.json} of this work tree, or the file named by {@code atelier.keycloak.realm-file}. */
    static Path realmFile() {
        String explicit = System.getProperty("atelier.keycloak.realm-file");
        return explicit != null && !explicit.isBlank() ? Path.of(explicit) : Repository.locate().realmFile();
    }

    private synchronized Path serverDir() {
        if (serverDir == null) {
            try {
                serverDir = Files.createTempDirectory("atelier-test-servers-");
                // an embedded PostgreSQL runs as another user when we are root: it must be able to enter this folder
                Files.setPosixFilePermissions(serverDir, PosixFilePermissions.fromString("rwx--x--x"));
            } catch (IOException e) {
                throw new IllegalStateException("cannot create a folder for test servers: " + e.getMessage(), e);
            }
        }
        return serverDir;
    }

    private synchronized void preparePostgres() {
        if (postgresPrepared) {
            return;
        }
        postgres.ensureRunning();
        postgres.ensureRole(ROLE, PASSWORD, true);
        dropDatabasesLeftBehind();
        postgresPrepared = true;
    }

    /** A killed test JVM cannot drop its databases; the next run drops those older than a day. */
    private void dropDatabasesLeftBehind() {
        String cutoff = LocalDateTime.now().minus(1, ChronoUnit.DAYS).format(STAMP);
        List<String> stale = new ArrayList<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT datname FROM pg_database WHERE datname LIKE '" + DATABASE_PREFIX + "%'")) {
            while (rows.next()) {
                String name = rows.getString(1);
                String[] parts = name.split("_");
                if (parts.length >= 2 && parts[parts.length - 2].compareTo(cutoff) < 0) {
                    stale.add(name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list test databases: " + e.getMessage(), e);
        }
        stale.forEach(name -> executeQuietly("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private void shutdown() {
        if (postgres.kind() == PostgresChoice.Kind.EMBEDDED) {
            // the whole throw-away cluster goes, and its own shutdown hook may already be stopping it
            createdDatabases.clear();
        }
        String database;
        while ((database = createdDatabases.poll()) != null) {
            executeQuietly("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
        EmbeddedKafkaKraftBroker running;
        synchronized (this) {
            running = broker;
            broker = null;
        }
        if (running != null) {
            running.destroy();
        }
        if (postgresPrepared) {
            postgres.stop();
        }
        stopServers();
    }

    private void stopServers() {
        KeycloakServer runningKeycloak;
        S3Server runningS3;
        RedisServer runningRedis;
        Path dir;
        synchronized (this) {
            runningKeycloak = keycloak;
            runningS3 = s3;
            runningRedis = redis;
            dir = serverDir;
            keycloak = null;
            s3 = null;
            redis = null;
            serverDir = null;
        }
        if (runningRedis != null) {
            runningRedis.stop();
        }
        if (runningKeycloak != null) {
            runningKeycloak.stop();
        }
        if (runningS3 != null) {
            runningS3.stop();
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                System.err.println("atelier test infrastructure: could not remove " + dir + ": " + e.getMessage());
            }
        }
    }

    private void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused '" + sql + "': " + e.getMessage(), e);
        }
    }

    private void executeQuietly(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            System.err.println("atelier test infrastructure: could not run '" + sql + "': " + e.getMessage());
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl("postgres"), ROLE, PASSWORD);
    }

    private static String sanitize(String purpose) {
        String cleaned = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return cleaned.length() > 24 ? cleaned.substring(0, 24) : cleaned;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
