package dev.atelier.platform.test;

/** Where the real servers for integration tests come from: loopback processes or containers. */
interface InfrastructureBackend {

    /** A new empty database; {@code purpose} only makes its name readable. */
    PostgresDatabase createDatabase(String purpose);

    /** The broker shared by this JVM, started on first use. */
    KafkaBroker kafka();

    /** The S3-compatible server shared by this JVM, started on first use. */
    S3Endpoint s3();

    /** The Keycloak (realm {@code atelier} imported) shared by this JVM, started on first use. */
    KeycloakEndpoint keycloak();

    /** The Redis shared by this JVM, started on first use. */
    RedisEndpoint redis();
}
