package dev.atelier.platform.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.testcontainers.DockerClientFactory;

/**
 * The one entry point integration tests use for real servers. Tests don't care where the servers
 * run: without a Docker engine they are the machine's PostgreSQL and in-process or child-process
 * servers on free loopback ports; with one, Testcontainers. Choose explicitly with the system
 * property {@code atelier.test.infrastructure} or the environment variable
 * {@code ATELIER_TEST_INFRASTRUCTURE} ({@code loopback}, {@code containers} or {@code auto}).
 *
 * <p>Typical use in a Spring Boot test:
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void servers(DynamicPropertyRegistry registry) {
 *     TestInfrastructure.postgres("orders").registerWith(registry);
 *     TestInfrastructure.kafka().registerWith(registry);
 *     TestInfrastructure.keycloak().registerWith(registry);
 * }
 * }</pre>
 */
public final class TestInfrastructure {

    private static final Map<String, PostgresDatabase> DATABASES = new ConcurrentHashMap<>();
    private static volatile InfrastructureBackend backend;

    private TestInfrastructure() {}

    /**
     * The database for {@code purpose} in this JVM: created empty on first use and dropped when the
     * JVM exits, so test runs never see each other's rows, nor a locally running suite's.
     */
    public static PostgresDatabase postgres(String purpose) {
        return DATABASES.computeIfAbsent(purpose, backend()::createDatabase);
    }

    /** A database nobody else in this JVM uses, for tests that need to start from nothing. */
    public static PostgresDatabase freshPostgres(String purpose) {
        return backend().createDatabase(purpose);
    }

    public static KafkaBroker kafka() {
        return backend().kafka();
    }

    /** A real S3-compatible server with credentials enforced; create the buckets you need. */
    public static S3Endpoint s3() {
        return backend().s3();
    }

    /**
     * A real Keycloak with the {@code atelier} realm (roles, clients, demo users {@code lead} and
     * {@code junior}) imported: one per JVM, on a port of its own, started on first use (10-20 s; the
     * very first on a machine also unpacks Keycloak into ~/.cache/atelier and takes about a minute).
     */
    public static KeycloakEndpoint keycloak() {
        return backend().keycloak();
    }

    /**
     * A real Redis (no password, nothing persisted), one per JVM, started on first use: the machine's
     * {@code redis-server} on a free loopback port (installed with apt-get when missing and running as
     * root), or a {@code redis} container.
     */
    public static RedisEndpoint redis() {
        return backend().redis();
    }

    static InfrastructureBackend backend() {
        InfrastructureBackend current = backend;
        if (current == null) {
            synchronized (TestInfrastructure.class) {
                current = backend;
                if (current == null) {
                    current = choose();
                    backend = current;
                }
            }
        }
        return current;
    }

    private static InfrastructureBackend choose() {
        String wanted = System.getProperty("atelier.test.infrastructure",
                System.getenv().getOrDefault("ATELIER_TEST_INFRASTRUCTURE", "auto")).toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "loopback" -> new LoopbackInfrastructure();
            case "containers" -> new ContainerInfrastructure();
            case "auto" -> dockerAvailable() ? new ContainerInfrastructure() : new LoopbackInfrastructure();
            default -> throw new IllegalStateException(
                    "atelier.test.infrastructure must be loopback, containers or auto, not " + wanted);
        };
    }

    private static boolean dockerAvailable() {
        // Skip Testcontainers' probing (and its ERROR log) when there is plainly no engine to find.
        if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))
                && !Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
