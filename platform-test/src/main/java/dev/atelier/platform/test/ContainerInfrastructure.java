package dev.atelier.platform.test;

import dev.atelier.servers.Artifacts;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

/** The same servers as containers, for machines with a Docker engine. */
final class ContainerInfrastructure implements InfrastructureBackend {

    private static final String POSTGRES_IMAGE = "postgres:15-alpine";
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    private static final String MINIO_IMAGE = "minio/minio:RELEASE.2023-09-04T19-57-37Z";
    private static final String S3_ACCESS_KEY = "atelier-test";
    private static final String S3_SECRET_KEY = "atelier-test-secret";
    private static final String REALM = "atelier";
    private static final String REDIS_IMAGE = "redis:7.4-alpine";

    private final AtomicInteger databases = new AtomicInteger();
    private PostgreSQLContainer postgres;
    private KafkaContainer kafka;
    private GenericContainer<?> minio;
    private GenericContainer<?> keycloak;
    private GenericContainer<?> redis;

    @Override
    public synchronized PostgresDatabase createDatabase(String purpose) {
        if (postgres == null) {
            postgres = new PostgreSQLContainer(POSTGRES_IMAGE);
            postgres.start();
        }
        String database = "test_" + databases.incrementAndGet();
        try {
            var result = postgres.execInContainer("psql", "-U", postgres.getUsername(), "-d", postgres.getDatabaseName(),
                    "-c", "CREATE DATABASE " + database);
            if (result.getExitCode() != 0) {
                throw new IllegalStateException("cannot create database " + database + ": " + result.getStderr());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating database " + database, e);
        }
        return new PostgresDatabase(postgres.getHost(), postgres.getMappedPort(5432), database,
                postgres.getUsername(), postgres.getPassword());
    }

    @Override
    public synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = new KafkaContainer(KAFKA_IMAGE);
            kafka.start();
        }
        return new KafkaBroker(kafka.getBootstrapServers());
    }

    @Override
    public synchronized S3Endpoint s3() {
        if (minio == null) {
            GenericContainer<?> container = new GenericContainer<>(MINIO_IMAGE)
                    .withEnv("MINIO_ROOT_USER", S3_ACCESS_KEY)
                    .withEnv("MINIO_ROOT_PASSWORD", S3_SECRET_KEY)
                    .withCommand("server", "/data")
                    .withExposedPorts(9000)
                    .waitingFor(Wait.forHttp("/minio/health/ready").forPort(9000));
            container.start();
            minio = container;
        }
        return new S3Endpoint("http://" + minio.getHost() + ":" + minio.getMappedPort(9000), "us-east-1",
                S3_ACCESS_KEY, S3_SECRET_KEY);
    }

    @Override
    public synchronized KeycloakEndpoint keycloak() {
        if (keycloak == null) {
            GenericContainer<?> container = new GenericContainer<>("quay.io/keycloak/keycloak:" + Artifacts.fromBuild().keycloakVersion())
                    .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                    .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
                    .withCopyFileToContainer(MountableFile.forHostPath(LoopbackInfrastructure.realmFile()),
                            "/opt/keycloak/data/import/" + REALM + "-realm.json")
                    .withCommand("start-dev", "--import-realm")
                    .withExposedPorts(8080)
                    .waitingFor(Wait.forHttp("/realms/" + REALM + "/.well-known/openid-configuration").forPort(8080)
                            .withStartupTimeout(Duration.ofMinutes(3)));
            container.start();
            keycloak = container;
        }
        return new KeycloakEndpoint("http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(8080), REALM, "admin", "admin");
    }

    @Override
    public synchronized RedisEndpoint redis() {
        if (redis == null) {
            GenericContainer<?> container = new GenericContainer<>(REDIS_IMAGE)
                    .withCommand("redis-server", "--save", "", "--appendonly", "no")
                    .withExposedPorts(6379)
                    .waitingFor(Wait.forLogMessage(".*Ready to accept connections.*\\n", 1));
            container.start();
            redis = container;
        }
        return new RedisEndpoint(redis.getHost(), redis.getMappedPort(6379));
    }
}
