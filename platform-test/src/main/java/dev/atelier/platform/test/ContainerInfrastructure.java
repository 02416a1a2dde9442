package dev.atelier.platform.test;

import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The same servers as containers, for machines with a Docker engine. */
final class ContainerInfrastructure implements InfrastructureBackend {

    private static final String POSTGRES_IMAGE = "postgres:15-alpine";
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

    private final AtomicInteger databases = new AtomicInteger();
    private PostgreSQLContainer postgres;
    private KafkaContainer kafka;

    @Override
    public String name() {
        return "containers";
    }

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
}
