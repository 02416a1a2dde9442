package dev.atelier.servers;

import java.time.Duration;

/**
 * One piece of local infrastructure on loopback (PostgreSQL, Kafka, S3, Keycloak, Redis), with the same
 * life cycle for all: {@link #start()} is idempotent and returns once the server is launched (or
 * found running); {@link #awaitReady(Duration)} waits until it answers its own protocol.
 */
public interface LocalServer {

    /** What a user calls it: "PostgreSQL", "Kafka", "S3", "Keycloak". */
    String name();

    /** The port clients connect to on 127.0.0.1. */
    int port();

    /** How long a normal start may take before {@link #awaitReady(Duration)} gives up. */
    Duration startTimeout();

    /** Up or down, where, and which process; never throws for a server that is simply down. */
    ServerStatus status();

    /**
     * Launches the server unless it already runs. Throws {@link InfraException} with what to do when
     * it cannot start (port taken by another program, no JDK 21+, artifact missing).
     */
    StartOutcome start();

    /** Blocks until the server answers its protocol; throws {@link InfraException} with the log tail otherwise. */
    void awaitReady(Duration timeout);

    /** Stops the server if this launcher started it. */
    StopOutcome stop();

    enum StartOutcome {
        STARTED,
        ALREADY_RUNNING
    }

    enum StopOutcome {
        STOPPED,
        NOT_RUNNING,
        /** Something answers on the port that this launcher did not start (e.g. the machine's PostgreSQL). */
        LEFT_RUNNING
    }
}
