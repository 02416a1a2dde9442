package dev.atelier.platform.test;

/** Where the real servers for integration tests come from: loopback processes or containers. */
interface InfrastructureBackend {

    String name();

    /** A new empty database; {@code purpose} only makes its name readable. */
    PostgresDatabase createDatabase(String purpose);

    /** The broker shared by this JVM, started on first use. */
    KafkaBroker kafka();
}
